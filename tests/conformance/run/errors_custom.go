package main

import "errors"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return "line " + string(rune('0'+e.Line)) + ": " + e.Msg
}

type Code int

func (c Code) Error() string { return "code " + string(rune('0'+int(c))) }

func parse(s string) error {
	if s == "" {
		return &ParseError{1, "empty input"}
	}
	if s == "bad" {
		return Code(7)
	}
	return nil
}

func main() {
	for _, in := range []string{"", "bad", "ok"} {
		err := parse(in)
		if err == nil {
			println("ok")
			continue
		}
		println(err.Error())
		if pe, ok := err.(*ParseError); ok {
			println("parse error at", pe.Line)
		}
		if c, ok := err.(Code); ok {
			println("code", int(c), c == Code(7))
		}
	}
	println(errors.Is(Code(7), Code(7)), errors.Is(Code(7), Code(8)))
}
