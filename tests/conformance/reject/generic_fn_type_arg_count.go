package main

func Id[T any](x T) T { return x }

func Pair[A, B any](a A, b B) A { return a }

func Plain(x int) int { return x }

func main() {
	println(Id[int, string](1))              // ERROR "got 2 type arguments but want 1"
	println(Pair[int, string, bool](1, "x")) // ERROR "got 3 type arguments but want 2"
	println(Plain[int](1))                   // ERROR "cannot index Plain|is not a generic function"
}
