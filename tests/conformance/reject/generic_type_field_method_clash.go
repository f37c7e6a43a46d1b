package main

// A generic type may not have a field and a method with the same name.

type Box[T any] struct {
	Get T
	n   int
}

func (b Box[T]) Get() T { return b.Get } // ERROR "field and method with the same name Get"

func (b *Box[T]) Count() int { return b.n }

func main() {
	var b Box[int]
	println(b.Count())
}
