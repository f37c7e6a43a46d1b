package main

// Fixed-capacity ring buffer that overwrites its oldest element.

type Ring[T any] struct {
	data  []T
	start int
	n     int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{data: make([]T, capacity)}
}

func (r *Ring[T]) Push(v T) (evicted T, didEvict bool) {
	c := len(r.data)
	if r.n < c {
		r.data[(r.start+r.n)%c] = v
		r.n++
		return evicted, false
	}
	evicted = r.data[r.start]
	r.data[r.start] = v
	r.start = (r.start + 1) % c
	return evicted, true
}

func (r *Ring[T]) At(i int) T {
	return r.data[(r.start+i)%len(r.data)]
}

func (r *Ring[T]) Slice() []T {
	out := make([]T, 0, r.n)
	for i := 0; i < r.n; i++ {
		out = append(out, r.At(i))
	}
	return out
}

func (r Ring[T]) Len() int { return r.n }

func main() {
	r := NewRing[int](3)
	for i := 1; i <= 7; i++ {
		ev, did := r.Push(i * 10)
		println(i, ev, did, r.Len())
	}
	for _, v := range r.Slice() {
		print(v, " ")
	}
	println()
	println(r.At(0), r.At(2), r.start)

	s := NewRing[string](2)
	s.Push("a")
	println(len(s.Slice()), s.Slice()[0])
	s.Push("b")
	old, did := s.Push("c")
	println(old, did, s.At(0), s.At(1))

	type sample struct {
		t   int
		val float64
	}
	w := NewRing[sample](4)
	for i := 0; i < 6; i++ {
		w.Push(sample{i, float64(i) / 2})
	}
	sum := 0.0
	for _, x := range w.Slice() {
		sum += x.val
	}
	println(w.At(0).t, sum == 7.0)
}
