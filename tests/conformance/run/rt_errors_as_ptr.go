package main

import "errors"

type PathErr struct {
	Op   string
	Path string
}

func (e *PathErr) Error() string { return e.Op + " " + e.Path }

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return "code" }

type Wrap struct {
	msg string
	err error
}

func (w *Wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *Wrap) Unwrap() error { return w.err }

// an error that can present itself as a *PathErr through an As method
type Legacy struct{ file string }

func (l Legacy) Error() string { return "legacy " + l.file }
func (l Legacy) As(target any) bool {
	if p, ok := target.(**PathErr); ok {
		*p = &PathErr{"legacy-open", l.file}
		return true
	}
	return false
}

func main() {
	orig := &PathErr{"open", "/etc/x"}
	err := error(&Wrap{"load", &Wrap{"read", orig}})

	var pe *PathErr
	println(errors.As(err, &pe), pe == orig, pe.Path)

	// value-type target
	var ce CodeErr
	println(errors.As(err, &ce), ce.Code)
	err2 := &Wrap{"call", CodeErr{42}}
	println(errors.As(err2, &ce), ce.Code)

	// no match leaves the target unchanged
	var pe2 *PathErr
	println(errors.As(err2, &pe2), pe2 == nil)

	// the first match in the chain wins
	first := &PathErr{"first", "a"}
	second := &PathErr{"second", "b"}
	var got *PathErr
	errors.As(&Wrap{"x", first}, &got)
	println(got.Op)
	errors.As(&Wrap{"y", &Wrap{"z", second}}, &got)
	println(got.Op)

	// matching the outermost wrapper type
	var w *Wrap
	println(errors.As(err, &w), w.msg)

	// a custom As method
	var lp *PathErr
	println(errors.As(&Wrap{"old", Legacy{"f.txt"}}, &lp), lp.Op, lp.Path)
	var lc CodeErr
	println(errors.As(Legacy{"g"}, &lc))

	// nil error never matches
	var none *PathErr
	println(errors.As(nil, &none), none == nil)
}
