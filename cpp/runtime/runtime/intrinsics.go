package runtime

import "unsafe"

// Intrinsics: declared without bodies; the compiler recognizes them by name in package runtime
// and emits the wasm instructions (or host import) named in each comment instead of a call.
// The test harness (tests/runtime) replaces this file with Go implementations over an arena.

// memoryGrow grows linear memory by pages 64 KiB pages (memory.grow) and returns the previous
// size in pages, or -1 if the memory cannot grow.
func memoryGrow(pages int32) int32

// memorySize returns the size of linear memory in 64 KiB pages (memory.size).
func memorySize() int32

// memmove copies n bytes from src to dst; the ranges may overlap (memory.copy).
func memmove(dst, src unsafe.Pointer, n uintptr)

// memclr sets n bytes at p to zero (memory.fill).
func memclr(p unsafe.Pointer, n uintptr)

// heapBase returns the first free byte after the static data, 8-byte aligned.
func heapBase() uintptr

// abort traps (unreachable). It does not return.
func abort()

// abortedPanicHook records the current panic in the crash report's chain (chainPush(false)). The
// compiler makes it a no-op in programs without defer, so that they do not carry the chain code.
func abortedPanicHook()

// throwPanic throws the module's panic exception (a wasm exception, tag 0): functions with
// deferred calls catch it, run them, and rethrow unless a deferred call recovered.
func throwPanic()

// ctz32 counts the trailing zero bits of x (i32.ctz).
func ctz32(x uint32) int32

// popcnt32 counts the one bits of x (i32.popcnt).
func popcnt32(x uint32) int32

// stackPointer returns the shadow stack's current pointer (the __stack_pointer global).
func stackPointer() uintptr

// stackTop returns the address the shadow stack grows down from.
func stackTop() uintptr

// globalRoots returns the address of the table of package variables that may hold pointers:
// (start, end) address pairs, ended by a zero start. The compiler writes it from the variables'
// types, so the collector scans neither string literals nor numeric tables and counters.
func globalRoots() uintptr
