package runtime

import "unsafe"

// UTF-8, as in Go's runtime/utf8.go: decoding for range loops and conversions, encoding for
// string(rune) and string([]rune).

// Numbers fundamental to the encoding.
const (
	runeError = '\uFFFD'     // the "error" rune, Unicode's replacement character
	runeSelf  = 0x80         // bytes below runeSelf are runes by themselves
	maxRune   = '\U0010FFFF' // the largest Unicode code point
)

// Code points in the surrogate range are not valid in UTF-8.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

const (
	tx = 0x80 // 1000 0000
	t2 = 0xC0 // 1100 0000
	t3 = 0xE0 // 1110 0000
	t4 = 0xF0 // 1111 0000
	t5 = 0xF8 // 1111 1000

	maskx = 0x3F // 0011 1111
	mask2 = 0x1F // 0001 1111
	mask3 = 0x0F // 0000 1111
	mask4 = 0x07 // 0000 0111

	rune1Max = 1<<7 - 1
	rune2Max = 1<<11 - 1
	rune3Max = 1<<16 - 1

	// The lowest and highest continuation byte.
	locb = 0x80 // 1000 0000
	hicb = 0xBF // 1011 1111
)

// decoderune returns the rune at s[k:] and the index after it, as Go's runtime.decoderune.
// An invalid or incomplete sequence (including overlong forms and surrogates) gives
// (runeError, k+1), so a loop always advances. Unlike Go's, it also accepts an ASCII byte
// (Go's caller handles those inline; doing so is still the fast path for a range loop).
func decoderune(s string, k int) (r rune, next int) {
	if k >= len(s) {
		return runeError, k + 1
	}
	c := s[k]
	if c < runeSelf {
		return rune(c), k + 1
	}
	n := len(s) - k // bytes available
	switch {
	case t2 <= c && c < t3:
		// 0080-07FF two byte sequence
		if n > 1 && isCont(s[k+1]) {
			r = rune(c&mask2)<<6 | rune(s[k+1]&maskx)
			if rune1Max < r {
				return r, k + 2
			}
		}
	case t3 <= c && c < t4:
		// 0800-FFFF three byte sequence
		if n > 2 && isCont(s[k+1]) && isCont(s[k+2]) {
			r = rune(c&mask3)<<12 | rune(s[k+1]&maskx)<<6 | rune(s[k+2]&maskx)
			if rune2Max < r && !(surrogateMin <= r && r <= surrogateMax) {
				return r, k + 3
			}
		}
	case t4 <= c && c < t5:
		// 10000-1FFFFF four byte sequence
		if n > 3 && isCont(s[k+1]) && isCont(s[k+2]) && isCont(s[k+3]) {
			r = rune(c&mask4)<<18 | rune(s[k+1]&maskx)<<12 | rune(s[k+2]&maskx)<<6 | rune(s[k+3]&maskx)
			if rune3Max < r && r <= maxRune {
				return r, k + 4
			}
		}
	}
	return runeError, k + 1
}

func isCont(c byte) bool {
	return locb <= c && c <= hicb
}

// encoderune writes the UTF-8 encoding of r at p, which must have room for 4 bytes, and
// returns the number of bytes written. Invalid runes (negative, surrogates, past maxRune)
// are written as runeError.
func encoderune(p unsafe.Pointer, r rune) int {
	// Negative values are erroneous; seen as unsigned they are past maxRune.
	i := uint32(r)
	if i <= rune1Max {
		*(*byte)(p) = byte(r)
		return 1
	}
	if i <= rune2Max {
		*(*byte)(p) = t2 | byte(r>>6)
		*(*byte)(add(p, 1)) = tx | byte(r)&maskx
		return 2
	}
	if i > maxRune || surrogateMin <= i && i <= surrogateMax {
		r = runeError
		i = runeError
	}
	if i <= rune3Max {
		*(*byte)(p) = t3 | byte(r>>12)
		*(*byte)(add(p, 1)) = tx | byte(r>>6)&maskx
		*(*byte)(add(p, 2)) = tx | byte(r)&maskx
		return 3
	}
	*(*byte)(p) = t4 | byte(r>>18)
	*(*byte)(add(p, 1)) = tx | byte(r>>12)&maskx
	*(*byte)(add(p, 2)) = tx | byte(r>>6)&maskx
	*(*byte)(add(p, 3)) = tx | byte(r)&maskx
	return 4
}

// runeLen returns the number of bytes encoderune writes for r.
func runeLen(r rune) int {
	i := uint32(r)
	if i <= rune1Max {
		return 1
	}
	if i <= rune2Max {
		return 2
	}
	if i <= rune3Max || i > maxRune {
		return 3 // surrogates and invalid runes are written as runeError, also 3 bytes
	}
	return 4
}

// countrunes returns the number of runes a range loop over s visits.
func countrunes(s string) int {
	n := 0
	i := 0
	for i < len(s) {
		if s[i] < runeSelf {
			i++
		} else {
			_, i = decoderune(s, i)
		}
		n++
	}
	return n
}
