package main

// Instances over pointer types: Box[*int], Stack[*Point]; aliasing through the pointers.

type Box[T any] struct{ v T }

func (b Box[T]) Get() T   { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[T]) IsZero() bool {
	var zero T
	_ = zero
	return any(b.v) == any(zero)
}

type Stack[T any] struct{ s []T }

func (s *Stack[T]) Push(v T) { s.s = append(s.s, v) }
func (s *Stack[T]) Top() T   { return s.s[len(s.s)-1] }

type Point struct{ X, Y int }

func (p *Point) Move(dx int) { p.X += dx }

func main() {
	x := 10
	b := Box[*int]{&x}
	*b.Get() = 11
	println(x, *b.v)
	println(b.IsZero())
	var nb Box[*int]
	println(nb.IsZero(), nb.Get() == nil)
	y := 5
	nb.Set(&y)
	*nb.v += 1
	println(y, nb.IsZero())

	var st Stack[*Point]
	p := &Point{1, 1}
	st.Push(p)
	st.Push(&Point{2, 2})
	st.Push(p)
	st.Top().Move(5)
	println(p.X, st.s[0].X, st.s[1].X, st.s[0] == st.s[2])

	pp := Box[**Point]{}
	pp.Set(&p)
	(*pp.Get()).Move(100)
	println(p.X)
	*pp.Get() = &Point{-1, -1}
	println(p.X, p.Y)

	fb := Box[*Box[int]]{&Box[int]{3}}
	fb.Get().Set(4)
	println(fb.v.v)

	var fp Box[func(int) int]
	fp.Set(func(i int) int { return i * 3 })
	println(fp.Get()(7))
}
