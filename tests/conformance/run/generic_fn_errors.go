package main

import "errors"

var ErrNotFound = errors.New("not found")
var ErrEmpty = errors.New("empty input")

func Find[T comparable](xs []T, v T) (int, error) {
	if len(xs) == 0 {
		return -1, ErrEmpty
	}
	for i, x := range xs {
		if x == v {
			return i, nil
		}
	}
	return -1, ErrNotFound
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func OrElse[T any](v T, err error) func(T) T {
	return func(def T) T {
		if err != nil {
			return def
		}
		return v
	}
}

type ParseError struct {
	At int
}

func (e *ParseError) Error() string { return "parse error" }

func Digits[T any](s string, wrap func(int) T) (T, error) {
	var zero T
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return zero, &ParseError{At: i}
		}
		n = n*10 + int(c-'0')
	}
	return wrap(n), nil
}

type Input string

func main() {
	i, err := Find([]string{"x", "y"}, "y")
	println(i, err == nil)
	_, err = Find([]string{"x", "y"}, "z")
	println(err == ErrNotFound, errors.Is(err, ErrNotFound), err.Error())
	_, err = Find([]int{}, 1)
	println(err == ErrEmpty, err.Error())

	println(Must(Find([]float64{1.5, 2.5}, 2.5)))
	println(OrElse(Find([]int{1}, 5))(-99), OrElse(Find([]int{1}, 1))(-99))

	n, err := Digits("1234", func(n int) int { return n })
	println(n, err == nil)
	in, err := Digits("12x4", func(n int) Input { return "x" })
	println(in == "")
	pe, ok := err.(*ParseError)
	println(err != nil, ok, pe.At)

	wrapped := Must(Digits("77", func(n int) float64 { return float64(n) / 2 }))
	println(wrapped + 1)
}
