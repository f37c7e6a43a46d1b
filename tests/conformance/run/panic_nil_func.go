package main

func main() {
	var f func() int
	println(f())
}
