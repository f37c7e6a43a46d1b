package main

import "errors"

func main() {
	// Go describes the untyped constant arguments by their default type.
	err := errors.New("a", "b") // ERROR "have \(string, string\)"
	_ = err
}
