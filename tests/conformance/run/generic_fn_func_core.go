package main

type Pred func(int) bool

func Not[F ~func(int) bool](f F) F {
	return func(x int) bool { return !f(x) }
}

func CountIf[F ~func(T) bool, T any](xs []T, f F) int {
	n := 0
	for _, x := range xs {
		if f(x) {
			n++
		}
	}
	return n
}

func Iterate[T any](f func(T) T, n int) func(T) T {
	return func(x T) T {
		for i := 0; i < n; i++ {
			x = f(x)
		}
		return x
	}
}

func Curry[A, B, C any](f func(A, B) C) func(A) func(B) C {
	return func(a A) func(B) C {
		return func(b B) C { return f(a, b) }
	}
}

func IsNil[F ~func()](f F) bool { return f == nil }

type Action func()

func main() {
	var even Pred = func(x int) bool { return x%2 == 0 }
	odd := Not(even)
	println(odd(3), odd(4))
	var p Pred = odd
	println(p(5))
	xs := []int{1, 2, 3, 4, 5}
	println(CountIf(xs, even), CountIf(xs, odd), CountIf(xs, Not(Not(even))))
	println(CountIf([]string{"a", "", "b"}, func(s string) bool { return s != "" }))

	dbl := Iterate(func(x int) int { return x * 2 }, 10)
	println(dbl(1), dbl(3))
	app := Iterate(func(s string) string { return s + "ab" }, 3)
	println(app(">"))

	add := Curry(func(a int, b float64) float64 { return float64(a) + b })
	println(add(1)(0.5), add(2)(2))
	cat := Curry(func(a, b string) string { return a + b })
	hi := cat("hi ")
	println(hi("there"), hi("you"))

	var act Action
	println(IsNil(act))
	act = func() {}
	println(IsNil(act), IsNil(func() {}))
}
