package main

// Untyped constants used as values of a numeric type parameter inside methods of a generic type:
// assignment, var declarations, returns, composite literal fields, comparisons, conversions.

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Stats[T Number] struct {
	sum, lo, hi T
	n           int
}

func (s *Stats[T]) Reset() {
	s.sum = 0
	s.lo, s.hi = 1000, -1000
	s.n = 0
}

func (s *Stats[T]) Add(v T) {
	s.sum += v
	if v < s.lo {
		s.lo = v
	}
	if v > s.hi {
		s.hi = v
	}
	s.n++
}

func (s Stats[T]) Mean() float64 {
	if s.n == 0 {
		return 0
	}
	return float64(s.sum) / float64(s.n)
}

func (s Stats[T]) Clamp(v T) T {
	var limit T = 100
	if v > limit {
		return 100
	}
	if v < 0 {
		return 0
	}
	return v
}

func NewStats[T Number]() *Stats[T] {
	return &Stats[T]{sum: 0, lo: 1000, hi: -1000}
}

type Score int32

func main() {
	s := NewStats[int]()
	for _, v := range []int{4, -2, 10} {
		s.Add(v)
	}
	println(s.sum, s.lo, s.hi, s.n, s.Mean() == 4)
	s.Reset()
	println(s.sum, s.lo, s.hi, s.n)
	println(s.Clamp(500), s.Clamp(-5), s.Clamp(42))

	f := NewStats[float64]()
	f.Add(1.5)
	f.Add(2.5)
	println(f.Mean() == 2, f.Clamp(100.5) == 100, f.lo == 1.5)

	var sc Stats[Score]
	sc.Reset()
	sc.Add(7)
	sc.Add(Score(3))
	println(sc.sum, sc.lo, sc.hi, sc.Clamp(101))
}
