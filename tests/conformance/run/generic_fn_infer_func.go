package main

func Apply[T, U any](x T, f func(T) U) U {
	return f(x)
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func strlen(s string) int { return len(s) }

func double(n int) int { return n * 2 }

func isBig(n int) bool { return n > 10 }

func main() {
	println(Apply(5, double))
	println(Apply("hello", strlen))
	println(Apply(3.5, func(f float64) bool { return f > 3 }))

	lens := Map([]string{"a", "bb", "cccc"}, strlen)
	println(len(lens), lens[0], lens[1], lens[2])

	bigs := Map([]int{5, 20, 11}, isBig)
	println(bigs[0], bigs[1], bigs[2])

	h := Compose(strlen, double)
	println(h("abc"))
	k := Compose(Compose(strlen, double), isBig)
	println(k("abc"), k("abcdef"))

	words := Map([]int{1, 2, 3}, func(n int) string {
		s := ""
		for i := 0; i < n; i++ {
			s += "*"
		}
		return s
	})
	println(words[0], words[1], words[2])
}
