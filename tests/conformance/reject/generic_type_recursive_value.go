package main

// Generic types that contain themselves by value (directly, through an array, mutually) are
// invalid; through pointers, slices and maps they are fine.

type List[T any] struct{ next List[T] } // ERROR "invalid recursive type"

type Wrap[T any] struct{ inner [2]Wrap[T] } // ERROR "invalid recursive type"

type A[T any] struct{ b B[T] } // ERROR "invalid recursive type"
type B[T any] struct{ a A[T] }

type Ok[T any] struct {
	next *Ok[T]
	kids []Ok[T]
	m    map[string]Ok[T]
}

func main() {
	var o Ok[int]
	_ = o
}
