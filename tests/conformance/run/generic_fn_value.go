package main

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Neg[T ~int | ~float64](x T) T { return -x }

func Apply[T any](fs []func(T) T, x T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func stars(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "*"
	}
	return s
}

func main() {
	m := Map[int, string]
	out := m([]int{1, 3}, stars)
	println(out[0], out[1])

	var d func(int) int = Double[int]
	println(d(21))
	df := Double[float64]
	println(df(1.25))

	r := Map([]int{1, 2, 3}, Double[int])
	println(r[0], r[1], r[2])
	println(Apply([]func(int) int{Double[int], Neg[int], Double[int]}, 5))
	println(Apply([]func(float64) float64{Neg[float64], Double[float64]}, 0.75))

	fns := map[string]func(int) int{"dbl": Double[int], "neg": Neg[int]}
	println(fns["dbl"](7), fns["neg"](7))

	var g func(int) int
	println(g == nil)
	g = Neg[int]
	println(g != nil, g(g(4)))

	type op struct {
		name string
		f    func(float64) float64
	}
	ops := []op{{"double", Double[float64]}, {"neg", Neg[float64]}}
	for _, o := range ops {
		println(o.name, o.f(3))
	}
}
