package os

import (
	"errors"
	"io"
)

var (
	errBadFD = errors.New("bad file descriptor")
	eof      = io.EOF
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }
