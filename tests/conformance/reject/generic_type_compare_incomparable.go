package main

// == on a type parameter constrained by any, and on instances containing slices.

type Box[T any] struct{ v T }

func (b Box[T]) Eq(o Box[T]) bool { return b.v == o.v } // ERROR "invalid operation: b.v == o.v"

type Key[T any] struct{ k T }

func main() {
	println(Box[[]int]{} == Box[[]int]{}) // ERROR "cannot be compared"
	m := map[Key[[]int]]int{}             // ERROR "invalid map key type"
	_ = m
}
