package main

func main() {
	println(1 / 0) // ERROR "invalid operation: division by zero"
}
