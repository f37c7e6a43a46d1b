package main

import "errors"

type Code int

type Plain struct{ msg string }

type PtrErr struct{}

func (*PtrErr) Error() string { return "ptr" }

func main() {
	var c Code = 3
	println(c.Error()) // ERROR "c.Error undefined \(type Code has no field or method Error\)"
	p := Plain{"x"}
	var err error = p // ERROR "Plain does not implement error \((missing Error method|missing method Error)\)"
	e := errors.New("x")
	println(e.Msg)          // ERROR "e.Msg undefined \(type error has no field or method Msg\)"
	var e2 error = PtrErr{} // ERROR "PtrErr does not implement error \((Error method|method Error) has pointer receiver\)"
	_, _ = err, e2
}
