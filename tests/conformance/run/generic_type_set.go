package main

// Set[T comparable] over map[T]struct{}; deterministic checks only (no iteration order).

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Remove(v T)   { delete(s.m, v) }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}
func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

type point struct{ x, y int }

func main() {
	a := NewSet(1, 2, 3, 4, 2, 1)
	b := NewSet(3, 4, 5)
	println(a.Len(), b.Len())
	u := a.Union(b)
	in := a.Intersect(b)
	println(u.Len(), in.Len(), in.Has(3), in.Has(1), u.Has(5))
	a.Remove(4)
	a.Remove(99)
	println(a.Len(), a.Has(4))

	words := NewSet("go", "wasm", "go")
	println(words.Len(), words.Has("wasm"), words.Has("js"))

	ps := NewSet[point]()
	ps.Add(point{1, 2})
	ps.Add(point{1, 2})
	ps.Add(point{2, 1})
	println(ps.Len(), ps.Has(point{2, 1}), ps.Has(point{2, 2}))

	ptrs := NewSet[*int]()
	x, y := 1, 1
	ptrs.Add(&x)
	ptrs.Add(&y)
	ptrs.Add(&x)
	println(ptrs.Len(), ptrs.Has(&y))

	flags := NewSet(true)
	println(flags.Has(true), flags.Has(false))

	sum := 0
	for k := range u.m {
		sum += k
	}
	println(sum)
}
