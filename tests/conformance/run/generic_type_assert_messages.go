package main

// Runtime type names of instances in failed type assertions (recovered and printed via Error()),
// then an unrecovered failed assertion inside a method of a generic type.

type Box[T any] struct{ v T }

type Pair[A, B any] struct {
	a A
	b B
}

type Point struct{ x int }

func (b Box[T]) As(x any) T { return x.(T) }

func try(f func()) {
	defer func() {
		if e, ok := recover().(error); ok {
			println(e.Error())
		}
	}()
	f()
}

func main() {
	var x any = Pair[int, string]{}
	try(func() { _ = x.(Box[int]) })
	x = Box[Point]{}
	try(func() { _ = x.(Box[int]) })
	x = &Box[*Point]{}
	try(func() { _ = x.(Box[int]) })
	x = Box[[]map[string]int]{}
	try(func() { _ = x.(Box[int]) })
	x = &Box[Pair[Box[int], float64]]{}
	try(func() { _ = x.(*Box[int]) })
	x = Box[func(int) string]{}
	try(func() { _ = x.(Box[int]) })
	x = Box[any]{}
	try(func() { _ = x.(Box[int]) })
	type local struct{ n int }
	x = Box[local]{}
	try(func() { _ = x.(Box[int]) })

	try(func() { Box[string]{}.As(Box[int]{}) })
	println(Box[Box[int]]{}.As(Box[int]{7}).v)
	Box[int]{}.As(Pair[Point, *Box[bool]]{})
}
