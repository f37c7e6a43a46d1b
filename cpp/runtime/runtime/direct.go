package runtime

import "unsafe"

// The direct target imports nothing: output waits in memory until the host takes it through
// the gomethod_output export, and there is no clock (time stands still at zero).

// directBuffer holds output not yet taken by the host.
type directBuffer struct {
	p      unsafe.Pointer
	n, cap int32
}

var directStdout, directStderr directBuffer

func directBufferOf(fd int32) *directBuffer {
	if fd == 1 {
		return &directStdout
	}
	return &directStderr
}

func directWrite(fd int32, p unsafe.Pointer, n int32) {
	b := directBufferOf(fd)
	if b.n+n > b.cap {
		c := 2 * b.cap
		if c < b.n+n {
			c = b.n + n
		}
		if c < 256 {
			c = 256
		}
		q := allocNoscan(uintptr(c))
		memmove(q, b.p, uintptr(b.n))
		b.p, b.cap = q, c
	}
	memmove(add(b.p, uintptr(b.n)), p, uintptr(n))
	b.n += n
}

// directOutput returns the output of fd (1 or 2) written since the last call and forgets it: the
// host copies it before calling into the module again.
func directOutput(fd int32) (p unsafe.Pointer, n int32) {
	b := directBufferOf(fd)
	p, n = b.p, b.n
	b.n = 0
	return p, n
}

func directNow() float64       { return 0 }
func directWallClock() float64 { return 0 }
