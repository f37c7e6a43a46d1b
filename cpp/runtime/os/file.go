// Package os: the standard output streams as Files (writing to the host) and Args.
package os

import (
	"errors"
	"unsafe"
)

// File is an open file: here only the host's standard streams.
type File struct {
	fd   int32
	name string
}

// Stdin, Stdout and Stderr are the host's standard input, output and error streams. Reading
// Stdin returns EOF at once.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args = hostArgs()

// ErrInvalid: an invalid argument, such as a nil *File.
var ErrInvalid = errors.New("invalid argument")

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes b to the file and returns the number of bytes written.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd == 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFD}
	}
	if len(b) == 0 {
		return 0, nil
	}
	if f.fd == 2 {
		// Keep the order of print/println output (buffered by the runtime) and ours.
		printflush()
	}
	hostWrite(f.fd, unsafe.Pointer(&b[0]), int32(len(b)))
	return len(b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes from the file. The standard input of a program is empty.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errBadFD}
	}
	if len(b) == 0 {
		return 0, nil
	}
	return 0, eof
}

// Close is a no-op for the standard streams.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// Sync commits the file's contents: writes are not buffered, so there is nothing to do.
func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// Runtime functions (declared without a body: the compiler calls the runtime's).
func hostWrite(fd int32, p unsafe.Pointer, n int32)
func hostArgs() []string
func printflush()
