package main

func main() {
	a, b := "x", "y"
	println(a - b) // ERROR "operator - not defined on a"
}
