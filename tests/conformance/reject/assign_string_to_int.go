package main

func main() {
	var x int
	x = "hello" // ERROR "cannot use \"hello\" \(untyped string constant\) as int value in assignment"
	println(x)
}
