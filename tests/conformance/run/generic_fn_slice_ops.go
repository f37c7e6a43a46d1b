package main

func Chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for len(xs) > n {
		out = append(out, xs[:n:n])
		xs = xs[n:]
	}
	if len(xs) > 0 {
		out = append(out, xs)
	}
	return out
}

func Grow[T any](xs []T, v T) []T {
	return append(xs, v)
}

func CopyInto[T any](dst, src []T) int {
	return copy(dst, src)
}

func Rotate[T any](xs []T, k int) {
	n := len(xs)
	tmp := make([]T, n)
	for i := range xs {
		tmp[(i+k)%n] = xs[i]
	}
	copy(xs, tmp)
}

func Window[T any](xs []T, lo, hi int) []T { return xs[lo:hi] }

func main() {
	ch := Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3)
	println(len(ch), len(ch[0]), cap(ch[0]), len(ch[2]), ch[2][0])
	ch[0] = append(ch[0], 100)
	println(ch[1][0])

	var s []string
	for i := 0; i < 5; i++ {
		s = Grow(s, "x")
	}
	println(len(s), cap(s))
	var f []float64
	f = Grow(f, 1)
	println(len(f), cap(f))

	dst := make([]int, 2)
	println(CopyInto(dst, []int{7, 8, 9}), dst[0], dst[1])
	bs := make([]byte, 5)
	println(CopyInto(bs, []byte("hi")), bs[0], bs[2])

	r := []string{"a", "b", "c", "d"}
	Rotate(r, 1)
	println(r[0], r[1], r[2], r[3])

	base := []int{0, 1, 2, 3, 4, 5}
	w := Window(base, 2, 4)
	println(len(w), cap(w), w[0])
	w = append(w, 42)
	println(base[4])

	type pair struct{ a, b int }
	ps := Grow([]pair{{1, 2}}, pair{3, 4})
	println(len(ps), ps[1].a+ps[1].b)
}
