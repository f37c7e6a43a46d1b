package main

import "errors"

type Shape interface {
	Area() int
}

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func TotalArea[T Shape](xs []T) int {
	t := 0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func FirstNonNil[T error](errs ...T) error {
	for _, e := range errs {
		if error(e) != nil {
			return e
		}
	}
	return nil
}

func Collect[T any](xs ...T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func CountNil[T any](xs []T) int {
	n := 0
	for _, x := range xs {
		if any(x) == nil {
			n++
		}
	}
	return n
}

func main() {
	println(TotalArea([]Shape{Sq(2), Rect{2, 3}, Sq(1)}))
	println(TotalArea([]Sq{3, 4}), TotalArea([]Rect{{1, 1}, {2, 5}}))

	e1 := errors.New("first")
	println(FirstNonNil[error](nil, e1, errors.New("second")).Error())
	println(FirstNonNil[error](nil, nil) == nil)

	c := Collect[any](1, "two", nil, 3.0)
	println(len(c), c[0].(int), c[1].(string), c[2] == nil)
	println(CountNil([]any{nil, 1, nil}), CountNil([]error{nil, e1}), CountNil([]Shape{Sq(1)}))
	var sp *Sq
	println(CountNil([]*Sq{sp, nil}), CountNil([]Shape{sp}))
}
