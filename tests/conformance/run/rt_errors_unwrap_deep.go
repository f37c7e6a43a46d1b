package main

import "errors"

var ErrRoot = errors.New("root cause")

// value-receiver wrapper
type Layer struct {
	name string
	next error
}

func (l Layer) Error() string { return l.name + "/" + l.next.Error() }
func (l Layer) Unwrap() error { return l.next }

// pointer-receiver wrapper
type PLayer struct {
	name string
	next error
}

func (l *PLayer) Error() string { return l.name + "/" + l.next.Error() }
func (l *PLayer) Unwrap() error { return l.next }

// an error whose Unwrap returns nil: the chain stops there
type Leaf struct{}

func (Leaf) Error() string { return "leaf" }
func (Leaf) Unwrap() error { return nil }

// Unwrap with a named result has the same signature
type Odd struct{ inner error }

func (o Odd) Error() string     { return "odd" }
func (o Odd) Unwrap() (e error) { return o.inner }

func chainLen(err error) int {
	n := 0
	for ; err != nil; err = errors.Unwrap(err) {
		n++
	}
	return n
}

func main() {
	var err error = ErrRoot
	for i := 0; i < 6; i++ {
		name := string(rune('a' + i))
		if i%2 == 0 {
			err = Layer{name, err}
		} else {
			err = &PLayer{name, err}
		}
	}
	println(err.Error())
	println(chainLen(err), errors.Is(err, ErrRoot))

	// every intermediate layer is found by errors.Is
	mid := errors.Unwrap(errors.Unwrap(err))
	println(mid.Error(), errors.Is(err, mid), errors.Is(mid, err))

	// unwrapping a plain error or nil gives nil
	println(errors.Unwrap(ErrRoot) == nil, errors.Unwrap(nil) == nil)

	// Unwrap returning nil ends the chain
	lf := Layer{"top", Leaf{}}
	println(chainLen(lf), errors.Is(lf, ErrRoot), errors.Is(lf, Leaf{}))

	// Unwrap with named result still matches the interface
	o := Odd{ErrRoot}
	println(errors.Unwrap(o) == ErrRoot, errors.Is(o, ErrRoot))

	// a comparable wrapper value is found by value equality
	wrapped := &PLayer{"outer", Layer{"inner", ErrRoot}}
	println(errors.Is(wrapped, Layer{"inner", ErrRoot}), errors.Is(wrapped, Layer{"x", ErrRoot}))

	// Is does not look past a wrapper whose chain leads elsewhere
	other := errors.New("root cause")
	println(errors.Is(Layer{"z", other}, ErrRoot))
}
