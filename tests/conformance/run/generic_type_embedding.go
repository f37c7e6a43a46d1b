package main

// Embedding generic instances in structs: promoted fields and methods, pointer methods.

type Box[T any] struct {
	Val T
}

func (b *Box[T]) Set(v T) { b.Val = v }
func (b Box[T]) Get() T   { return b.Val }

type Counter[T comparable] struct {
	counts map[T]int
}

func (c *Counter[T]) Add(v T) {
	if c.counts == nil {
		c.counts = map[T]int{}
	}
	c.counts[v]++
}
func (c Counter[T]) Count(v T) int { return c.counts[v] }

type Labeled struct {
	Box[int]
	Label string
}

type Stats struct {
	*Counter[string]
	name string
}

type Getter interface{ Get() int }

func main() {
	var l Labeled
	l.Set(5)
	println(l.Val, l.Get(), l.Box.Val)
	l.Val = 6
	println(l.Get())
	l.Box = Box[int]{7}
	println(l.Val)

	var g Getter = l
	println(g.Get())
	g = &l
	l.Set(8)
	println(g.Get())

	anon := struct {
		Box[string]
		n int
	}{Box[string]{"hi"}, 1}
	anon.Set(anon.Get() + "!")
	println(anon.Val, anon.n)

	s := Stats{&Counter[string]{}, "words"}
	for _, w := range []string{"a", "b", "a"} {
		s.Add(w)
	}
	println(s.Count("a"), s.Count("b"), s.Count("c"), s.name)

	ls := []Labeled{{Label: "x"}, {Label: "y"}}
	for i := range ls {
		ls[i].Set(i + 10)
	}
	println(ls[0].Get(), ls[1].Get(), ls[1].Label)

	pl := &Labeled{}
	pl.Set(99)
	println(pl.Val, (*pl).Get())
}
