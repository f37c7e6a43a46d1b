package main

import "errors"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func typedNil() error {
	var p *MyErr
	return p
}

func realNil() error {
	var p *MyErr
	if p == nil {
		return nil
	}
	return p
}

func maybe(fail bool) *MyErr {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := typedNil()
	println(err == nil, err != nil)
	println(err.Error())
	_, isMy := err.(*MyErr)
	println(isMy, err.(*MyErr) == nil)

	println(realNil() == nil)

	// assigning a nil *MyErr to an error variable makes it non-nil
	var e error = maybe(false)
	println(e == nil, maybe(false) == nil)
	e = maybe(true)
	println(e == nil, e.Error())

	// errors.Is with a typed nil
	var target *MyErr
	println(errors.Is(typedNil(), target), errors.Is(typedNil(), nil))
	println(errors.Unwrap(typedNil()) == nil)

	// comparing two typed nils of the same type: equal
	println(typedNil() == typedNil())

	// interface holding typed nil vs untyped nil in a switch
	for _, x := range []error{nil, typedNil(), &MyErr{"real"}} {
		switch v := x.(type) {
		case nil:
			println("untyped nil")
		case *MyErr:
			println("*MyErr, nil pointer:", v == nil, v.Error())
		}
	}
}
