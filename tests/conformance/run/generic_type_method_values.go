package main

// Method values on instances: s.Push as a func value; value receivers bind a copy at evaluation.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) Len() int  { return len(s.items) }

type Counter[T any] struct {
	n    int
	last T
}

func (c *Counter[T]) Inc(v T) int { c.n++; c.last = v; return c.n }
func (c Counter[T]) Get() int     { return c.n }

func apply[T any](f func(T), xs ...T) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	var s Stack[int]
	push := s.Push // &s bound
	push(1)
	push(2)
	apply(push, 3, 4, 5)
	println(len(s.items), s.items[4])

	length := s.Len // copy of s bound now
	s.Push(6)
	println(length(), s.Len())

	ps := &Stack[string]{}
	pushS := ps.Push
	apply(pushS, "a", "b")
	ls := ps.Len // *ps copied now
	pushS("c")
	println(ls(), ps.Len())

	var c Counter[string]
	inc := c.Inc
	get := c.Get
	inc("x")
	inc("y")
	println(c.n, c.last, get())

	fs := []func(string) int{c.Inc, (&Counter[string]{n: 100}).Inc}
	println(fs[0]("z"), fs[1]("w"), c.n)

	m := map[string]func(float64) int{}
	var cf Counter[float64]
	m["inc"] = cf.Inc
	m["inc"](1.5)
	m["inc"](2.5)
	println(cf.n, cf.last == 2.5)

	var iface interface{ Len() int } = Stack[bool]{items: []bool{true}}
	f := iface.Len
	println(f())
}
