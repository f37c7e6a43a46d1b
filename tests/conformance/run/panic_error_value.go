package main

type ParseError struct {
	line int
	msg  string
}

func (e *ParseError) Error() string {
	return "line " + string(rune('0'+e.line)) + ": " + e.msg
}

func parse(src string) error {
	for i := 0; i < len(src); i++ {
		if src[i] == '!' {
			return &ParseError{i + 1, "unexpected '!'"}
		}
	}
	return nil
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	must(parse("abc"))
	println("first ok")
	must(parse("ab!c"))
	println("not reached")
}
