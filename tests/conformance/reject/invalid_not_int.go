package main

func main() {
	x := 1
	println(!x) // ERROR "operator ! not defined on x"
}
