package main

// Type arguments that do not satisfy the constraint of a generic type.

type Number interface{ ~int | ~float64 }

type Shape interface{ Area() float64 }

type Set[T comparable] struct{ m map[T]bool }

type Acc[T Number] struct{ sum T }

type Coll[S Shape] struct{ xs []S }

type MyInt int

func main() {
	var s Set[[]int]  // ERROR "\[\]int does not (implement|satisfy) comparable"
	var a Acc[string] // ERROR "string does not (implement|satisfy) Number"
	var c Coll[int]   // ERROR "int does not (implement|satisfy) Shape \(missing.*Area"
	var ok Acc[MyInt] // fine: ~int
	var f Set[func()] // ERROR "func\(\) does not (implement|satisfy) comparable"
	_, _, _, _, _ = s, a, c, ok, f
}
