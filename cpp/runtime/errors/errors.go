// Package errors: Go's errors package (New, Unwrap, Is, As, Join) as of Go 1.22.
package errors

// New returns an error whose Error method returns text. Each call returns a distinct value.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling err's Unwrap method, or nil. It does not unwrap errors
// returned by Join (their Unwrap returns []error).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target (== or an Is method).
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return is(err, target, comparableType(target))
}

// comparableType is compiled by gomethod: whether x's dynamic type is comparable (== on x
// cannot panic).
func comparableType(x any) bool

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err != nil && is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// asTarget is compiled by gomethod (there is no reflection): when target, a *T, can hold err (err's
// dynamic type is T, or implements the interface T) it stores err in *target and returns 1;
// 0 when it cannot; 2 when target is not a non-nil pointer; 3 when T is neither an interface nor
// an error type.
func asTarget(err error, target any) int32

// As finds the first error in err's tree that can be stored in *target (or whose As method
// accepts target), stores it, and reports whether it found one.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch asTarget(nil, target) {
	case 2:
		panic("errors: target must be a non-nil pointer")
	case 3:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asTarget(err, target) == 1 {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err != nil && as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error wrapping the non-nil errs (nil if there are none); its Error is their
// messages on separate lines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
