package main

type Number interface {
	~int | ~float64
}

type Ints []int

func (s Ints) Describe() string { return "Ints" }

type Score int

type Table map[string]Score

func Double[S ~[]E, E Number](s S) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * 2
	}
	return out
}

func Total[M ~map[K]V, K comparable, V Number](m M) V {
	var t V
	for _, v := range m {
		t += v
	}
	return t
}

func Neg[T Number](x T) T { return -x }

type Fn func(int) int

func Twice[F ~func(int) int](f F, x int) int { return f(f(x)) }

func main() {
	d := Double(Ints{1, 2, 3})
	println(d.Describe(), len(d), d[0], d[1], d[2])

	d2 := Double([]float64{1.5})
	println(d2[0])

	t := Table{"a": 3, "b": 4}
	var total Score = Total(t)
	println(total)

	var s Score = 7
	n := Neg(s)
	println(n, n+1)

	var inc Fn = func(x int) int { return x + 1 }
	println(Twice(inc, 10))
	println(Twice(func(x int) int { return x * x }, 3))
}
