package main

// A type parameter (or a pointer to one) cannot be an embedded field.

type W[T any] struct {
	T // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"
}

type P[T any] struct {
	*T // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"
	n  int
}

func main() {
	var w W[int]
	var p P[string]
	_, _ = w, p
}
