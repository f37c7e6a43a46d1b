package main

import "errors"

func MinMax[T ~int | ~float64 | ~string](xs []T) (T, T, bool) {
	var lo, hi T
	if len(xs) == 0 {
		return lo, hi, false
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi, true
}

func Pop[T any](s []T) ([]T, T, error) {
	var zero T
	if len(s) == 0 {
		return s, zero, errors.New("empty")
	}
	return s[:len(s)-1], s[len(s)-1], nil
}

func Split[T any](xs []T, n int) (head, tail []T) {
	if n > len(xs) {
		n = len(xs)
	}
	head = xs[:n]
	tail = xs[n:]
	return
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func main() {
	lo, hi, ok := MinMax([]int{5, -2, 9, 3})
	println(lo, hi, ok)
	flo, fhi, ok := MinMax([]float64{2.5, -0.5})
	println(flo, fhi, ok)
	slo, shi, ok := MinMax([]string{"pear", "apple", "zoo"})
	println(slo, shi, ok)
	e1, e2, ok := MinMax([]string{})
	println(e1 == "", e2 == "", ok)

	st := []string{"a", "b"}
	st, top, err := Pop(st)
	println(len(st), top, err == nil)
	st, top, err = Pop(st)
	println(len(st), top, err == nil)
	st, top, err = Pop(st)
	println(len(st), top == "", err.Error())

	h, t := Split([]int{1, 2, 3, 4}, 1)
	println(len(h), len(t), h[0], t[0])
	h, t = Split([]int{1, 2}, 5)
	println(len(h), len(t))

	x, y := Swap(1, "one")
	println(x, y)
	x2, y2 := Swap(Swap(2.5, true))
	println(x2, y2)
}
