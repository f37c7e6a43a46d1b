package main

type Number interface {
	~int | ~int64 | ~float64
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs []T) T {
	var zero T
	return Reduce(xs, zero, func(a, b T) T { return a + b })
}

func Count[T any](xs []T) int {
	return Reduce(xs, 0, func(n int, _ T) int { return n + 1 })
}

func Map[T, U any](xs []T, f func(T) U) []U {
	return Reduce(xs, make([]U, 0, len(xs)), func(acc []U, x T) []U { return append(acc, f(x)) })
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MaxOf[T Number](xs []T) T {
	return Reduce(xs[1:], xs[0], Max[T])
}

func Squares[T Number](xs []T) []T {
	return Map(xs, func(x T) T { return x * x })
}

func main() {
	println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 1}))
	println(Count([]int{1, 2}), Count([]string{}), Count([]float64{1, 2, 4}))
	println(MaxOf([]int{3, 9, 2}), MaxOf([]float64{-1, -0.5}))
	sq := Squares([]int{1, 2, 3})
	println(len(sq), sq[2], Sum(Squares([]int64{2, 3})))
	strs := Map([]int{1, 22, 333}, func(n int) int { return len(Map(make([]int, n%10), func(int) bool { return true })) })
	println(strs[0], strs[1], strs[2])
	cat := Reduce([]string{"a", "b", "c"}, "", func(acc string, s string) string { return s + acc })
	println(cat)
}
