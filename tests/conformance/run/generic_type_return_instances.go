package main

// Methods returning List[T] and *List[T]: chaining, value vs pointer results.

type List[T any] struct {
	items []T
}

func (l List[T]) With(v T) List[T] {
	out := make([]T, len(l.items), len(l.items)+1)
	copy(out, l.items)
	return List[T]{append(out, v)}
}

func (l *List[T]) Append(v ...T) *List[T] {
	l.items = append(l.items, v...)
	return l
}

func (l List[T]) Filter(keep func(T) bool) List[T] {
	var out List[T]
	for _, x := range l.items {
		if keep(x) {
			out.items = append(out.items, x)
		}
	}
	return out
}

func (l List[T]) Reversed() *List[T] {
	r := &List[T]{}
	for i := len(l.items) - 1; i >= 0; i-- {
		r.Append(l.items[i])
	}
	return r
}

func (l List[T]) Each(f func(int, T)) {
	for i, x := range l.items {
		f(i, x)
	}
}

func (l List[T]) Len() int { return len(l.items) }

func main() {
	var base List[int]
	a := base.With(1).With(2).With(3)
	println(base.Len(), a.Len())

	var b List[int]
	b.Append(1, 2, 3).Append(4).Append(5, 6)
	println(b.Len())

	even := b.Filter(func(x int) bool { return x%2 == 0 })
	even.Each(func(i, x int) { print(i, ":", x, " ") })
	println()

	r := b.Reversed().Filter(func(x int) bool { return x > 2 }).Reversed()
	r.Each(func(_ int, x int) { print(x, " ") })
	println()
	println(r.Len(), b.Len())

	c := a.Reversed()
	c.Append(0)
	println(a.Len(), c.Len(), c.items[0], c.items[3])

	s := (&List[string]{}).Append("x", "yy").With("zzz").Filter(func(s string) bool { return len(s) > 1 })
	s.Each(func(i int, v string) { print(v, " ") })
	println(s.Len())
}
