package main

// Receiver type parameter names that differ from the declaration's, including _ and swapped names.

type Box[T any] struct{ v T }

func (b *Box[U]) Set(v U) { b.v = v }
func (b Box[X]) Get() X   { return b.v }
func (Box[_]) Kind() string {
	return "box"
}

type Pair[A, B any] struct {
	a A
	b B
}

// The receiver names A and B are swapped relative to the declaration: here "B" is the first param.
func (p Pair[B, A]) First() B  { return p.a }
func (p Pair[B, A]) Second() A { return p.b }
func (p *Pair[Y, Z]) Set(y Y, z Z) {
	p.a, p.b = y, z
}
func (p Pair[_, V]) OnlySecond() V { return p.b }

// Receiver type parameters may shadow predeclared and package-level type names.
type Cell[T comparable] struct{ v T }

type Point struct{ x, y int }

func (c Cell[int]) Get() int { return c.v }
func (c *Cell[string]) Swap(v string) string {
	old := c.v
	c.v = v
	return old
}
func (c Cell[Point]) Is(p Point) bool { return c.v == p }

func main() {
	var b Box[string]
	b.Set("hi")
	println(b.Get(), b.Kind())
	bi := &Box[int]{}
	bi.Set(42)
	println(bi.Get()+1, bi.Kind())

	p := Pair[int, string]{1, "one"}
	println(p.First()+1, p.Second()+"!")
	p.Set(2, "two")
	println(p.First(), p.Second(), p.OnlySecond())

	q := Pair[string, float64]{"x", 2.5}
	println(q.First(), q.Second()*2)
	q.Set("y", 1)
	println(q.First(), q.OnlySecond())

	c := Cell[string]{"x"}
	println(c.Get(), c.Swap("y"), c.v)
	cf := Cell[float64]{1.5}
	println(cf.Get() == 1.5, cf.Is(1.5), cf.Is(2))
	cp := Cell[Point]{Point{1, 2}}
	println(cp.Is(Point{1, 2}), cp.Get().y)
}
