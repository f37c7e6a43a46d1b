package main

import "errors"

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

type Temp struct{ code int }

func (e *Temp) Error() string   { return "temp" }
func (e *Temp) Temporary() bool { return true }

type wrap struct {
	msg string
	err error
}

func (w wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

type temporary interface{ Temporary() bool }

func main() {
	err := wrap{"outer", wrap{"inner", NotFound{"x"}}}
	var nf NotFound
	println(errors.As(err, &nf), nf.Name)
	var tp *Temp
	println(errors.As(err, &tp), tp == nil)
	e2 := wrap{"w", &Temp{7}}
	println(errors.As(e2, &tp), tp.code)
	var t temporary
	println(errors.As(e2, &t), t.Temporary())
	var anyErr error
	println(errors.As(e2, &anyErr), anyErr.Error())
	println(errors.As(nil, &nf))
	defer func() { println("recovered:", recover().(string)) }()
	errors.As(err, nf)
}
