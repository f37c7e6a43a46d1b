package runtime

import "unsafe"

// The memory layout of strings and slices, for building them from raw memory.

// hdrWord is the type of the length and capacity words of string and slice headers: 32 bits on
// wasm32. The test harness (tests/runtime) rewrites this one declaration to int so that the
// same code runs under a 64-bit Go, whose headers have 64-bit words.
type hdrWord int32

// stringHeader is the layout of a string value.
type stringHeader struct {
	data unsafe.Pointer
	len  hdrWord
}

// sliceHeader is the layout of a slice value.
type sliceHeader struct {
	data unsafe.Pointer
	len  hdrWord
	cap  hdrWord
}

// add returns p+x. Keeping the arithmetic in one expression keeps p a pointer for a future GC.
func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}

// The header conversions go through package-level scratch variables rather than the address of
// a local: taking a local's address may make the compiler allocate the local on the heap, which
// would cost an allocation per call and could recurse into alloc. The runtime is single-threaded
// and none of these functions calls another, so one variable of each kind suffices. Each is
// cleared after use so that it never keeps memory alive for a future garbage collector.
var (
	scratchString string
	scratchBytes  []byte
	scratchRunes  []rune
	scratchStrs   []string
)

// mkstring returns the string of the n bytes at p, which must never change afterwards.
func mkstring(p unsafe.Pointer, n int) string {
	h := (*stringHeader)(unsafe.Pointer(&scratchString))
	h.data = p
	h.len = hdrWord(n)
	s := scratchString
	scratchString = ""
	return s
}

// stringData returns the address of s's bytes (nil or dangling when s is empty).
func stringData(s string) unsafe.Pointer {
	scratchString = s
	p := (*stringHeader)(unsafe.Pointer(&scratchString)).data
	scratchString = ""
	return p
}

// mkbytes returns the []byte with the given array, length and capacity.
func mkbytes(p unsafe.Pointer, n, c int) []byte {
	h := (*sliceHeader)(unsafe.Pointer(&scratchBytes))
	h.data = p
	h.len = hdrWord(n)
	h.cap = hdrWord(c)
	b := scratchBytes
	scratchBytes = nil
	return b
}

// mkstrings returns the []string of the n strings at p.
func mkstrings(p unsafe.Pointer, n int) []string {
	h := (*sliceHeader)(unsafe.Pointer(&scratchStrs))
	h.data = p
	h.len = hdrWord(n)
	h.cap = hdrWord(n)
	s := scratchStrs
	scratchStrs = nil
	return s
}

// mkrunes returns the []rune with the given array, length and capacity.
func mkrunes(p unsafe.Pointer, n, c int) []rune {
	h := (*sliceHeader)(unsafe.Pointer(&scratchRunes))
	h.data = p
	h.len = hdrWord(n)
	h.cap = hdrWord(c)
	r := scratchRunes
	scratchRunes = nil
	return r
}
