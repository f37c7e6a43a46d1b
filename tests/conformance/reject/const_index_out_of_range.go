package main

func main() {
	var a [3]int
	println(a[5]) // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}
