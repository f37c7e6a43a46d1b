package main

import "errors"

type Msg string

func main() {
	var m Msg = "typed"
	e1 := errors.New(42)           // ERROR "cannot use 42 \(untyped int constant\) as string value in argument to errors.New"
	e2 := errors.New(m)            // ERROR "cannot use m \(variable of type Msg\) as (type )?string( value)? in argument to errors.New"
	e3 := errors.New()             // ERROR "not enough arguments in call to errors.New"
	var s string = errors.New("x") // ERROR "cannot use errors.New\(\"x\"\) \(value of type error\) as (type )?string( value)? in variable declaration"
	_, _, _, _ = e1, e2, e3, s
}
