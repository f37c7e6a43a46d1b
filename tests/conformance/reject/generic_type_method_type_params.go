package main

// Methods cannot declare their own type parameters (Go 1.19 reports a syntax error).

type Box[T any] struct{ v T }

func (b Box[T]) Map[U any](f func(T) U) Box[U] { return Box[U]{f(b.v)} } // ERROR "method must have no type parameters"

func main() {
	_ = Box[int]{}
}
