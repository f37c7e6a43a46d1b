package main

import "errors"

var ErrTimeout = errors.New("timeout")
var ErrTemporary = errors.New("temporary")

type NetErr struct {
	code    int
	timeout bool
}

func (e NetErr) Error() string { return "net error" }

// matches ErrTimeout if timeout, ErrTemporary for codes >= 500, and any
// NetErr with the same code
func (e NetErr) Is(target error) bool {
	if target == ErrTimeout {
		return e.timeout
	}
	if target == ErrTemporary {
		return e.code >= 500
	}
	if t, ok := target.(NetErr); ok {
		return t.code == e.code
	}
	return false
}

type Wrap struct {
	msg string
	err error
}

func (w *Wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *Wrap) Unwrap() error { return w.err }

// an Is method that claims everything
type Greedy struct{}

func (Greedy) Error() string        { return "greedy" }
func (Greedy) Is(target error) bool { return true }

var calls int

type Counting struct{ next error }

func (c Counting) Error() string        { return "counting" }
func (c Counting) Unwrap() error        { return c.next }
func (c Counting) Is(target error) bool { calls++; return false }

func main() {
	e := NetErr{503, true}
	println(errors.Is(e, ErrTimeout), errors.Is(e, ErrTemporary), errors.Is(e, NetErr{503, false}))
	println(errors.Is(NetErr{404, false}, ErrTimeout), errors.Is(NetErr{404, false}, ErrTemporary))

	// through a wrapper
	w := &Wrap{"dial", &Wrap{"connect", NetErr{500, false}}}
	println(w.Error())
	println(errors.Is(w, ErrTemporary), errors.Is(w, ErrTimeout), errors.Is(w, NetErr{500, true}))

	// only the error's Is method is consulted, not the target's
	println(errors.Is(ErrTimeout, e), errors.Is(ErrTemporary, Greedy{}))
	println(errors.Is(Greedy{}, ErrTemporary), errors.Is(&Wrap{"g", Greedy{}}, errors.New("anything")))

	// == is tried before Is; Is is called once per chain element
	c := Counting{Counting{Counting{nil}}}
	println(errors.Is(c, ErrTimeout), calls)
	calls = 0
	println(errors.Is(c, c), calls)
	calls = 0
	println(errors.Is(c, Counting{nil}), calls)
}
