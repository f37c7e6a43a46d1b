package main

func Id[T any](x T) T { return x }

func Apply(f func(int) int, x int) int { return f(x) }

func main() {
	f := Id // ERROR "cannot use generic function Id without instantiation"
	var g func(int) int = Id[int]
	println(Apply(Id, 1)) // ERROR "cannot use generic function Id without instantiation"
	println(f, g(1))
}
