package main

func main() {
	var i int = 2.5 // ERROR "truncated"
	println(i)
}
