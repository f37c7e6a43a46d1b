package main

import "errors"

var ErrBase = errors.New("base")

type Wrapped struct {
	ctx string
	err error
}

func (w *Wrapped) Error() string { return w.ctx + ": " + w.err.Error() }
func (w *Wrapped) Unwrap() error { return w.err }

func wrap(ctx string, err error) error { return &Wrapped{ctx, err} }

func main() {
	e1 := wrap("read", ErrBase)
	e2 := wrap("load", e1)
	println(e2.Error())
	println(errors.Is(e2, ErrBase), errors.Is(e1, ErrBase), errors.Is(ErrBase, e1))
	println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == ErrBase, errors.Unwrap(ErrBase) == nil)
	println(errors.Unwrap(nil) == nil)
	other := errors.New("base")
	println(errors.Is(e2, other))
	var target error = e1
	println(errors.Is(e2, target))
	n := 0
	for e := e2; e != nil; e = errors.Unwrap(e) {
		n++
	}
	println(n)
}
