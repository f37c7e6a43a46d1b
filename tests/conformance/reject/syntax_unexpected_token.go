package main

func main() {
	var x int = = 2 // ERROR "syntax error: unexpected ="
	println(x)
}
