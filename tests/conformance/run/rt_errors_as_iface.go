package main

import "errors"

type timeout interface {
	Timeout() bool
}

type coder interface {
	error
	Code() int
}

type NetErr struct{ t bool }

func (n *NetErr) Error() string { return "net" }
func (n *NetErr) Timeout() bool { return n.t }

type HTTPErr struct{ status int }

func (h HTTPErr) Error() string { return "http" }
func (h HTTPErr) Code() int     { return h.status }

type Wrap struct{ err error }

func (w Wrap) Error() string { return "wrap: " + w.err.Error() }
func (w Wrap) Unwrap() error { return w.err }

func main() {
	ne := &NetErr{true}
	err := error(Wrap{Wrap{ne}})

	// interface target not embedding error
	var t timeout
	println(errors.As(err, &t), t.Timeout(), t == timeout(ne))

	// interface target embedding error
	var c coder
	println(errors.As(err, &c), c == nil)
	println(errors.As(Wrap{HTTPErr{503}}, &c), c.Code(), c.Error())

	// *error target matches the first error in the chain
	var any1 error
	println(errors.As(err, &any1), any1.Error())

	// an empty interface target matches immediately as well
	var e any
	println(errors.As(err, &e), e.(error).Error())

	// interface not satisfied by any chain element
	var s interface{ String() string }
	println(errors.As(err, &s), s == nil)
}
