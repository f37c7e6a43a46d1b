package main

// Generic named slice type Vec[T] with methods; conversion, indexing, range, append, len.

type Number interface {
	~int | ~int64 | ~float64
}

type Vec[T any] []T

func (v Vec[T]) Len() int   { return len(v) }
func (v *Vec[T]) Push(x T)  { *v = append(*v, x) }
func (v Vec[T]) At(i int) T { return v[i] }
func (v Vec[T]) Map(f func(T) T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = f(x)
	}
	return out
}
func (v Vec[T]) Reverse() {
	for i, j := 0, len(v)-1; i < j; i, j = i+1, j-1 {
		v[i], v[j] = v[j], v[i]
	}
}

type NumVec[T Number] []T

func (v NumVec[T]) Sum() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

func (v NumVec[T]) Dot(w NumVec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func main() {
	var v Vec[int]
	println(v == nil, v.Len())
	for i := 0; i < 5; i++ {
		v.Push(i)
	}
	println(v.Len(), v.At(4), v[2], cap(v) >= 5)
	d := v.Map(func(x int) int { return x * 2 })
	d.Reverse()
	for _, x := range d {
		print(x, " ")
	}
	println()
	println(v[0], d[0])

	s := Vec[string]([]string{"a", "b"})
	s.Push("c")
	plain := []string(s)
	plain[0] = "A"
	println(s[0], len(plain), s.Map(func(x string) string { return x + x }).At(2))

	sub := s[1:]
	println(sub.Len(), sub.At(0))

	n := NumVec[float64]{1.5, 2.5}
	println(n.Sum() == 4.0, n.Dot(n) == 8.5)
	ni := NumVec[int]{1, 2, 3}
	println(ni.Sum(), ni.Dot(NumVec[int]{4, 5, 6}), len(ni))
	ni = append(ni, 10)
	println(ni.Sum())
}
