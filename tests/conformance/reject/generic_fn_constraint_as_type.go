package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](a, b T) T { return a + b }

var total Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

func Bad(n Number) {} // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

func main() {
	var c comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"
	println(Sum(1, 2))
	_ = c
}
