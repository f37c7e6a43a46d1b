package main

import "errors"

// an error type that cannot be compared with ==
type ListErr struct {
	items []string
}

func (l ListErr) Error() string {
	s := "errors:"
	for _, it := range l.items {
		s += " " + it
	}
	return s
}

type Wrap struct{ err error }

func (w Wrap) Error() string { return "wrap(" + w.err.Error() + ")" }
func (w Wrap) Unwrap() error { return w.err }

var ErrX = errors.New("x")

func main() {
	le := ListErr{[]string{"a", "b"}}
	println(le.Error())

	// errors.Is skips == when the target type is not comparable
	println(errors.Is(le, le), errors.Is(Wrap{le}, le))
	// ... and chain elements that are not comparable are fine when the target is
	println(errors.Is(le, ErrX), errors.Is(Wrap{le}, ErrX), errors.Is(Wrap{ErrX}, ErrX))

	// errors.Unwrap through a comparable wrapper holding an uncomparable error
	inner := errors.Unwrap(Wrap{le})
	println(inner.Error(), len(inner.(ListErr).items))

	// comparing with == panics at run time
	func() {
		defer func() {
			println("recovered:", recover().(error).Error())
		}()
		var a, b error = le, ListErr{}
		println(a == b)
	}()

	// comparing against a different dynamic type is fine: types differ first
	var a error = le
	println(a == ErrX, a != nil)

	// comparing a comparable wrapper that contains an uncomparable error panics too
	func() {
		defer func() {
			println("recovered 2:", recover().(error).Error())
		}()
		var w1, w2 error = Wrap{le}, Wrap{le}
		println(w1 == w2)
	}()
}
