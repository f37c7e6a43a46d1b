package main

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, f func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if f(x) {
			out = append(out, x)
		}
	}
	return out
}

func Fold[T, A any](xs []T, a A, f func(A, T) A) A {
	for _, x := range xs {
		a = f(a, x)
	}
	return a
}

func Zip[A, B any](as []A, bs []B) []struct {
	a A
	b B
} {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]struct {
		a A
		b B
	}, n)
	for i := 0; i < n; i++ {
		out[i].a, out[i].b = as[i], bs[i]
	}
	return out
}

func Range(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func main() {
	sum := Fold(Map(Filter(Range(10), func(n int) bool { return n%3 == 0 }), func(n int) int { return n * n }), 0, func(a, b int) int { return a + b })
	println(sum)

	strs := Map(Range(4), func(n int) string { return string(rune('a' + n)) })
	joined := Fold(strs, "", func(a, s string) string { return a + s })
	println(joined)

	z := Zip(strs, Map(Range(3), func(n int) float64 { return float64(n) / 2 }))
	println(len(z), z[2].a, z[2].b)

	lens := Map(Map(strs, func(s string) []byte { return []byte(s + s) }), func(b []byte) int { return len(b) })
	println(lens[0] + lens[3])

	nested := Map(Range(3), func(n int) []int { return Range(n) })
	println(Fold(nested, 0, func(a int, xs []int) int { return a + len(xs) }))
}
