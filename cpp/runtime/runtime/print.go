package runtime

import "unsafe"

// The print and println builtins, in the formats of Go's runtime/print.go. Output goes to
// file descriptor 2 like Go's, through a buffer that is flushed at every newline, when full,
// and by printflush, which the compiler calls at the end of every print statement.

const printFD = 2

var (
	printBuf [512]byte
	printLen int

	// numBuf holds a number formatted right-aligned: up to 20 decimal digits, or "0x" and
	// 16 hex digits.
	numBuf [20]byte

	// floatBuf holds printfloat's "+d.dddddde+ddd".
	floatBuf [14]byte
)

// printflush writes the buffered output to the host.
func printflush() {
	if printLen > 0 {
		n := printLen
		printLen = 0 // a nested call from the host may print too
		// The host may call back into the module; a panic there that the host catches must not
		// leave this call's panic and defer state behind (see panicClear).
		savedDeferring, savedRecovering := deferring, recovering
		hostCallDeferring, hostCallRecovering = savedDeferring, savedRecovering
		hostWrite(printFD, unsafe.Pointer(&printBuf[0]), int32(n))
		hostCallDeferring, hostCallRecovering = savedDeferring, savedRecovering
	}
}

// printBytes appends the n bytes at p to the output.
func printBytes(p unsafe.Pointer, n int) {
	for n > 0 {
		if printLen == len(printBuf) {
			printflush()
		}
		k := len(printBuf) - printLen
		if k > n {
			k = n
		}
		memmove(unsafe.Pointer(&printBuf[printLen]), p, uintptr(k))
		printLen += k
		p = add(p, uintptr(k))
		n -= k
	}
}

func printByte(c byte) {
	if printLen == len(printBuf) {
		printflush()
	}
	printBuf[printLen] = c
	printLen++
}

// printNum appends numBuf[i:].
func printNum(i int) {
	printBytes(unsafe.Pointer(&numBuf[i]), len(numBuf)-i)
}

func printstring(s string) {
	printBytes(stringData(s), len(s))
}

func printsp() {
	printByte(' ')
}

func printnl() {
	printByte('\n')
	printflush()
}

func printbool(v bool) {
	if v {
		printstring("true")
	} else {
		printstring("false")
	}
}

// formatUint writes v in decimal at the end of numBuf and returns the index of its first digit.
func formatUint(v uint64) int {
	i := len(numBuf) - 1
	for v >= 10 {
		numBuf[i] = byte(v%10) + '0'
		v /= 10
		i--
	}
	numBuf[i] = byte(v) + '0'
	return i
}

func printuint(v uint64) {
	printNum(formatUint(v))
}

func printint(v int64) {
	if v < 0 {
		printByte('-')
		printuint(uint64(-v)) // also right for the most negative v, whose negation wraps to itself
		return
	}
	printuint(uint64(v))
}

func printhex(v uint64) {
	const digits = "0123456789abcdef"
	i := len(numBuf) - 1
	for v >= 16 {
		numBuf[i] = digits[v%16]
		v /= 16
		i--
	}
	numBuf[i] = digits[v]
	numBuf[i-1] = 'x'
	numBuf[i-2] = '0'
	printNum(i - 2)
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// printslice prints a slice as Go does: "[len/cap]0xarray".
func printslice(p unsafe.Pointer, len, cap int) {
	printByte('[')
	printint(int64(len))
	printByte('/')
	printint(int64(cap))
	printByte(']')
	printpointer(p)
}

// printfloat prints v as "+d.dddddde+ddd" (7 significant digits), "NaN", "+Inf" or "-Inf".
// It is Go's algorithm step for step, including its rounding by adding 5e-7 before truncating,
// so that the digits match real Go's even where they are not the nearest decimal.
func printfloat(v float64) {
	switch {
	case v != v:
		printstring("NaN")
		return
	case v+v == v && v > 0:
		printstring("+Inf")
		return
	case v+v == v && v < 0:
		printstring("-Inf")
		return
	}

	const n = 7 // digits printed
	floatBuf[0] = '+'
	e := 0 // exponent
	if v == 0 {
		if 1/v < 0 {
			floatBuf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			floatBuf[0] = '-'
		}

		// normalize
		for v >= 10 {
			e++
			v /= 10
		}
		for v < 1 {
			e--
			v *= 10
		}

		// round
		h := 5.0
		for i := 0; i < n; i++ {
			h /= 10
		}
		v += h
		if v >= 10 {
			e++
			v /= 10
		}
	}

	// format +d.dddd+edd
	for i := 0; i < n; i++ {
		s := int(v)
		floatBuf[i+2] = byte(s + '0')
		v -= float64(s)
		v *= 10
	}
	floatBuf[1] = floatBuf[2]
	floatBuf[2] = '.'

	floatBuf[n+2] = 'e'
	floatBuf[n+3] = '+'
	if e < 0 {
		e = -e
		floatBuf[n+3] = '-'
	}

	floatBuf[n+4] = byte(e/100) + '0'
	floatBuf[n+5] = byte(e/10)%10 + '0'
	floatBuf[n+6] = byte(e%10) + '0'
	printBytes(unsafe.Pointer(&floatBuf[0]), len(floatBuf))
}

// printcomplex prints a complex number as Go does: "(re im i)" without the spaces.
func printcomplex(re, im float64) {
	printByte('(')
	printfloat(re)
	printfloat(im)
	printstring("i)")
}
