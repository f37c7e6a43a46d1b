package main

func main() {
	var f func(int) int
	println("calling")
	println(f(3))
}
