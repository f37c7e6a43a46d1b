package main

type S struct{ f []int }

func f[T any](t, u T) {
	switch t { // ERROR "cannot switch on t \(variable of type T constrained by any\) \(T is not comparable\)"
	case u:
	}
}

func main() {
	var s []int
	switch s {
	case nil:
	case []int{}: // ERROR "invalid case \[\]int\{\} in switch on s \(slice can only be compared to nil\)"
	}
	var v S
	switch v { // ERROR "cannot switch on v \(variable of type S\) \(S is not comparable\)"
	case S{}:
	}
	x := 1
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	}
	var e interface{}
	switch e {
	case s: // ERROR "invalid case s in switch on e \(slice can only be compared to nil\)"
	}
}
