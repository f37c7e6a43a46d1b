package main

func main() {
	var a, b int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	println(a, b)
}
