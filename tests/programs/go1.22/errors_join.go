package main

// errors.Join (Go 1.20): Error joins with newlines, Is and As search every joined error.

import "errors"

var (
	errA = errors.New("a")
	errB = errors.New("b")
	errC = errors.New("c")
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return "code" }

func main() {
	println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(errA, nil, errB)
	println(j.Error())
	println(errors.Is(j, errA), errors.Is(j, errB), errors.Is(j, errC))
	nested := errors.Join(errC, errors.Join(j, codeErr{42}))
	println(errors.Is(nested, errB))
	var ce codeErr
	println(errors.As(nested, &ce), ce.code)
	println(errors.Unwrap(j) == nil)
	u, ok := j.(interface{ Unwrap() []error })
	println(ok, len(u.Unwrap()))
}
