package main

// A generic type used without type arguments, as a variable type, receiver, literal and field.

type Box[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair) Val() int { return 0 } // ERROR "cannot use generic type Pair.* without instantiation"

type Holder struct {
	b Box // ERROR "cannot use generic type Box.* without instantiation"
}

func main() {
	var b Box // ERROR "cannot use generic type Box.* without instantiation"
	_ = b
	var h Holder
	_ = h
}
