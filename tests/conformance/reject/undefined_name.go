package main

func main() {
	println(undefinedThing) // ERROR "undefined: undefinedThing"
}
