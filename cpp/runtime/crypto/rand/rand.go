// Package rand reads cryptographically secure random bytes from the host: WASI's random_get, the
// JS host's crypto.getRandomValues. A direct module has no host, so reading fails there.
package rand

import (
	"errors"
	"io"
	"unsafe"
)

// Reader is the global, shared instance of the host's random source.
var Reader io.Reader = &reader{}

type reader struct{}

var errNoSource = errors.New("crypto/rand: the host provides no random source (target \"direct\")")

func (r *reader) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	if !hostRandom(unsafe.Pointer(&b[0]), uint32(len(b))) {
		return 0, errNoSource
	}
	return len(b), nil
}

// Read fills b with random bytes. It returns len(b) and a nil error, or an error when the host
// has no random source.
func Read(b []byte) (n int, err error) {
	return io.ReadFull(Reader, b)
}

// hostRandom is the runtime's (declared without a body: the compiler calls runtime.hostRandom).
func hostRandom(p unsafe.Pointer, n uint32) bool
