package main

func main() {
	a := true
	println(a + a) // ERROR "operator \+ not defined on a"
}
