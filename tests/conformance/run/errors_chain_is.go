package main

import "errors"

var ErrNotFound = errors.New("not found")
var ErrDenied = errors.New("denied")

type OpError struct {
	op  string
	err error
}

func (e *OpError) Error() string { return e.op + ": " + e.err.Error() }
func (e *OpError) Unwrap() error { return e.err }

type CodeError struct{ code int }

func (e CodeError) Error() string { return "code " + string(rune('0'+e.code)) }

func lookup(key string) error {
	switch key {
	case "":
		return &OpError{"lookup", ErrNotFound}
	case "root":
		return &OpError{"open", &OpError{"lookup", ErrDenied}}
	case "code":
		return &OpError{"call", CodeError{7}}
	}
	return nil
}

func depth(err error) int {
	n := 0
	for err != nil {
		n++
		err = errors.Unwrap(err)
	}
	return n
}

func main() {
	for _, k := range []string{"", "root", "code", "ok"} {
		err := lookup(k)
		if err == nil {
			println(k, "no error")
			continue
		}
		println(err.Error())
		println("  notfound:", errors.Is(err, ErrNotFound), "denied:", errors.Is(err, ErrDenied))
		println("  code7:", errors.Is(err, CodeError{7}), "code3:", errors.Is(err, CodeError{3}))
		println("  depth:", depth(err))
	}
	println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound))
}
