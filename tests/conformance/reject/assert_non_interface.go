package main

func main() {
	x := 5
	_ = x.(int) // ERROR "x \(variable of type int\) is not an interface"
}
