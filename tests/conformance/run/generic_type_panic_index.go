package main

// Runtime index-out-of-range panic inside a method of a generic slice type.

type Vec[T any] []T

func (v Vec[T]) At(i int) T { return v[i] }

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int) *Grid[T] {
	return &Grid[T]{w, h, make([]T, w*h)}
}

func (g *Grid[T]) Set(x, y int, v T) { g.cells[y*g.w+x] = v }
func (g *Grid[T]) Get(x, y int) T    { return g.cells[y*g.w+x] }

func main() {
	v := Vec[string]{"a", "b", "c"}
	println(v.At(0), v.At(2))

	g := NewGrid[int](3, 2)
	g.Set(2, 1, 5)
	println(g.Get(2, 1), len(g.cells))

	println(v.At(1))
	g.Set(1, 2, 9) // index 7 out of range [0:6]
	println("unreachable")
}
