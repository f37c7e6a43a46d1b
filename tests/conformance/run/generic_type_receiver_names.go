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
}
