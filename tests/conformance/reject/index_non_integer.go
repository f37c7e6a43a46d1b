package main

func main() {
	s := []int{1}
	println(s["a"]) // ERROR "(cannot convert \"a\" \(untyped string constant\) to int|invalid argument: index \"a\" \(untyped string constant\) must be integer)"
}
