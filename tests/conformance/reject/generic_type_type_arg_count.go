package main

// Wrong number of type arguments for a generic type, and a receiver with too few type parameters.

type Box[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K]) Key() K { return p.k } // ERROR "receiver base type declares 2"

func main() {
	var p Pair[int]               // ERROR "got 1 arguments but 2 type parameters|not enough type arguments"
	var q Pair[int, string, bool] // ERROR "got 3 arguments but 2 type parameters|too many type arguments"
	var b = Box[int, int]{}       // ERROR "got 2 arguments but 1 type parameters|too many type arguments"
	_, _, _ = p, q, b
}
