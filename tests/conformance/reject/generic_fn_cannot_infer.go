package main

func Zero[T any]() T {
	var z T
	return z
}

func Convert[To, From any](x From) To {
	var t To
	return t
}

func main() {
	println(Zero())     // ERROR "cannot infer T"
	println(Convert(1)) // ERROR "cannot infer To"
	println(Zero[int]())
}
