package main

import "errors"

type Temporary struct{ what string }

func (t *Temporary) Error() string { return "temporary: " + t.what }

func (t *Temporary) Is(target error) bool {
	return target == ErrRetry
}

var ErrRetry = errors.New("retry")

type Wrap struct {
	msg string
	err error
}

func (w Wrap) Error() string { return w.msg + " (" + w.err.Error() + ")" }
func (w Wrap) Unwrap() error { return w.err }

func main() {
	t := &Temporary{"network"}
	println(errors.Is(t, ErrRetry))
	w := Wrap{"fetch", t}
	println(w.Error())
	println(errors.Is(w, ErrRetry), errors.Is(w, t))
	other := &Temporary{"network"}
	println(errors.Is(w, other))
	println(errors.Is(Wrap{"x", errors.New("retry")}, ErrRetry))
	var e error = w
	if u := errors.Unwrap(e); u != nil {
		println("unwrapped:", u.Error())
	}
}
