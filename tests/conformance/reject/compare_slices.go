package main

func main() {
	a, b := []int{1}, []int{1}
	println(a == b) // ERROR "slice can only be compared to nil"
}
