package main

func Add[T ~int | ~float64](a, b T) T { return a + b }

func Pick[T any](a, b T, first bool) T {
	if first {
		return a
	}
	return b
}

// Go 1.19 infers T from the first untyped constant's default type; a later
// untyped constant of a different kind does not unify with it (Go 1.21 changed this).
func main() {
	println(Add(1, 2))
	println(Add(1.5, 2.5))
	println(Add(1, 2.5))               // ERROR "default type float64 of 2.5 does not match inferred type int for T"
	println(Add(2.5, 1))               // ERROR "default type int of 1 does not match inferred type float64 for T"
	println(Pick('a', 1, true))        // ERROR "default type int of 1 does not match inferred type rune for T"
	println(Pick(1, 'a'-'b'+1, false)) // ERROR "default type rune of 'a' - 'b' \+ 1 does not match inferred type int for T"
}
