package main

// A method of Box[T] mentioning Box[Box[T]] makes an infinite chain of instantiations.

type Box[T any] struct{ v T } // ERROR "instantiation cycle"

func (b Box[T]) Nested() Box[Box[T]] { return Box[Box[T]]{b} }

func main() {
	b := Box[int]{5}
	println(b.Nested().v.v)
}
