package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temporary" }
func (tempErr) Temporary() bool { return true }

func find(key string) error {
	if key == "" {
		return fmt.Errorf("find: empty key")
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	e1 := find("k")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound, errors.Is(e1, io.EOF))
	e0 := find("")
	fmt.Println(e0, errors.Unwrap(e0) == nil, errors.Is(e0, ErrNotFound))
	fmt.Printf("%T %T\n", e1, e0)

	// Chains of %w.
	q := &QueryError{"select", ErrNotFound}
	e2 := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", q))
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound))
	var qe *QueryError
	if errors.As(e2, &qe) {
		fmt.Println("as:", qe.Query, qe == q)
	}
	var tmp Temporary
	e3 := fmt.Errorf("wrapped: %w", tempErr{})
	fmt.Println(errors.As(e3, &tmp), tmp != nil && tmp.Temporary())
	var pe *os.PathError
	fmt.Println(errors.As(e3, &pe), pe == nil)

	// %w with flags and the verb's other forms; wrapping nil; misuse.
	fmt.Println(fmt.Errorf("%+w|%v", io.EOF, io.ErrUnexpectedEOF))
	en := fmt.Errorf("nil: %w", nil)
	fmt.Println(en, errors.Unwrap(en) == nil)
	fmt.Println(fmt.Errorf("two: %w and %w", io.EOF, ErrNotFound))
	e4 := fmt.Errorf("two: %w and %w", io.EOF, ErrNotFound)
	fmt.Println(errors.Is(e4, io.EOF), errors.Unwrap(e4) == nil)
	fmt.Println(fmt.Errorf("not an error: %w", "str"))
	fmt.Println(fmt.Sprintf("sprintf: %w", io.EOF))
	fmt.Printf("printf: %w\n", io.EOF)
	fmt.Println(fmt.Errorf("missing: %w"))
	fmt.Println(fmt.Errorf("%[2]w %[1]v", "one", io.EOF), errors.Is(fmt.Errorf("%[2]w %[1]v", "one", io.EOF), io.EOF))
	fmt.Println(fmt.Errorf("%d%%", 50))

	// Errors printed with other verbs.
	fmt.Printf("%v|%s|%q|%x|%10v|%-10s|\n", e1, ErrNotFound, ErrNotFound, io.EOF, io.EOF, io.EOF)
	fmt.Printf("%+v|%#v\n", io.EOF, fmt.Errorf("x") != nil)
}
