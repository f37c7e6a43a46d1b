package runtime

import "unsafe"

// Strings: concatenation, comparison and conversions. Strings are immutable, so a result may
// share its bytes with an operand; every new string gets fresh memory from alloc.

// maxStringLen is the longest string a 32-bit length word can describe.
const maxStringLen = 1<<31 - 1

// concatstrings returns a + b.
func concatstrings(a, b string) string {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	n := concatLen(len(a) + len(b))
	p := allocNoscan(uintptr(n))
	memmove(p, stringData(a), uintptr(len(a)))
	memmove(add(p, uintptr(len(a))), stringData(b), uintptr(len(b)))
	return mkstring(p, n)
}

// concat3 returns a + b + c with one allocation.
func concat3(a, b, c string) string {
	if len(a) == 0 {
		return concatstrings(b, c)
	}
	if len(b) == 0 {
		return concatstrings(a, c)
	}
	if len(c) == 0 {
		return concatstrings(a, b)
	}
	n := concatLen(len(a) + len(b) + len(c))
	p := allocNoscan(uintptr(n))
	memmove(p, stringData(a), uintptr(len(a)))
	memmove(add(p, uintptr(len(a))), stringData(b), uintptr(len(b)))
	memmove(add(p, uintptr(len(a)+len(b))), stringData(c), uintptr(len(c)))
	return mkstring(p, n)
}

func concatLen(n int) int {
	if n > maxStringLen {
		gothrow("string concatenation too long")
	}
	return n
}

// eqstring reports whether a == b.
func eqstring(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	pa := stringData(a)
	pb := stringData(b)
	if pa == pb {
		return true
	}
	return memequal(pa, pb, uintptr(len(a)))
}

// memequal reports whether the n bytes at a and b are equal, comparing 8 bytes at a time
// (wasm loads need no alignment).
func memequal(a, b unsafe.Pointer, n uintptr) bool {
	i := uintptr(0)
	for ; i+8 <= n; i += 8 {
		if *(*uint64)(add(a, i)) != *(*uint64)(add(b, i)) {
			return false
		}
	}
	for ; i < n; i++ {
		if *(*byte)(add(a, i)) != *(*byte)(add(b, i)) {
			return false
		}
	}
	return true
}

// cmpstring compares a and b bytewise: -1 if a < b, 0 if equal, +1 if a > b.
func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

// slicebytetostring returns string(b) for the n bytes of b at p.
func slicebytetostring(p unsafe.Pointer, n int) string {
	if n == 0 {
		return ""
	}
	q := allocNoscan(uintptr(n))
	memmove(q, p, uintptr(n))
	return mkstring(q, n)
}

// stringtoslicebyte returns []byte(s). Its capacity is Go's for a heap-allocated result: len(s)
// rounded up to a size class. (Go gives a non-escaping result of up to 32 bytes a stack buffer
// with capacity 32; there is no such case here.)
func stringtoslicebyte(s string) []byte {
	c := roundupsize(uint64(len(s)))
	p := allocNoscan(uintptr(c))
	memmove(p, stringData(s), uintptr(len(s)))
	return mkbytes(p, len(s), int(c))
}

// stringtoslicerune returns []rune(s), with capacity rounded up like Go's.
func stringtoslicerune(s string) []rune {
	n := countrunes(s)
	if uint64(n) > maxAlloc/4 {
		gothrow("out of memory")
	}
	mem := roundupsize(uint64(n) * 4)
	p := allocNoscan(uintptr(mem))
	k := uintptr(0)
	i := 0
	for i < len(s) {
		r, next := decoderune(s, i)
		*(*rune)(add(p, k*4)) = r
		k++
		i = next
	}
	return mkrunes(p, n, int(mem/4))
}

// slicerunetostring returns string(a) for the n runes of a at p.
func slicerunetostring(p unsafe.Pointer, n int) string {
	size := 0
	for i := 0; i < n; i++ {
		size += runeLen(*(*rune)(add(p, uintptr(i)*4)))
	}
	if size == 0 {
		return ""
	}
	q := allocNoscan(uintptr(size))
	off := 0
	for i := 0; i < n; i++ {
		off += encoderune(add(q, uintptr(off)), *(*rune)(add(p, uintptr(i)*4)))
	}
	return mkstring(q, size)
}

// intstring returns string(v) for an integer v: its UTF-8 encoding, or "\uFFFD" when v is not
// a valid code point.
func intstring(v int64) string {
	if int64(rune(v)) != v {
		v = runeError
	}
	p := allocNoscan(4)
	return mkstring(p, encoderune(p, rune(v)))
}
