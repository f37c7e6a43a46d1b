package runtime

import "unsafe"

// Host services. The runtime asks the host for them through the bodiless host* functions below;
// the compiler turns each call into the compile target's version: the runtime function named
// for the target (jsWrite below, wasiWrite in wasi.go, directNow in direct.go), else the default
// here. So a module imports only what its target provides, and only what the program reaches.

// hostWrite writes n bytes at p to the host's file descriptor fd (1 stdout, 2 stderr).
func hostWrite(fd int32, p unsafe.Pointer, n int32)

// hostNow returns the host's monotonic clock in milliseconds.
func hostNow() float64

// hostWallClock returns the wall clock in milliseconds since 1970.
func hostWallClock() float64

// hostArgs returns the program's arguments, starting with its name (os.Args).
func hostArgs() []string

// hostEnviron returns the environment as "key=value" strings (os.Environ).
func hostEnviron() []string

// hostRandom fills the n bytes at p with random bytes; false when the host has no source.
func hostRandom(p unsafe.Pointer, n uint32) bool

// hostExit tells the host the program exits with code (after exit recorded it).
func hostExit(code int32)

// hostAbort runs when a panic or fatal error is about to trap (raise recorded it).
func hostAbort()

// Without a host that says otherwise, a program is called "main", has no environment, and its
// exit and panics are reported through the recorded panic (gomethod_panic_kind/message).
func defaultArgs() []string                         { return []string{"main"} }
func defaultEnviron() []string                      { return nil }
func defaultRandom(p unsafe.Pointer, n uint32) bool { return false }
func defaultExit(code int32)                        {}
func defaultAbort()                                 {}

// The js target: gomethod's own imports (web/hosts.js).

//go:wasmimport gomethod write
func jsWrite(fd int32, p unsafe.Pointer, n int32)

//go:wasmimport gomethod now
func jsNow() float64

//go:wasmimport gomethod walltime
func jsWallClock() float64

// jsRandomGet fills memory from crypto.getRandomValues.
//
//go:wasmimport gomethod random
func jsRandomGet(p unsafe.Pointer, n uint32)

func jsRandom(p unsafe.Pointer, n uint32) bool {
	jsRandomGet(p, n)
	return true
}
