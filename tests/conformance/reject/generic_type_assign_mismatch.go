package main

// Different instantiations of a generic type are different types.

type Box[T any] struct{ v T }

type Pair[A, B any] struct {
	a A
	b B
}

func takeBox(b Box[string]) {}

func main() {
	var a Box[int]
	var b Box[string] = a                         // ERROR "cannot use a \(variable of type Box\[int\]\) as (type )?Box\[string\]"
	b = Box[int]{}                                // ERROR "cannot use Box\[int\]{.*} \(value of type Box\[int\]\) as (type )?Box\[string\]"
	var p Pair[int, string] = Pair[string, int]{} // ERROR "as (type )?Pair\[int, ?string\]"
	takeBox(a)                                    // ERROR "cannot use a \(variable of type Box\[int\]\) as (type )?Box\[string\]"
	_, _ = b, p
}
