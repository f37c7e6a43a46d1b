// Package utf8: Go's unicode/utf8 (encoding and decoding of UTF-8 text).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune, Unicode replacement character
	RuneSelf  = 0x80         // runes below RuneSelf are one byte
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the most bytes of one rune
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// RuneLen returns the bytes needed to encode r, or -1 for an invalid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r (RuneError if invalid) into p and returns its length.
func EncodeRune(p []byte, r rune) int {
	if r < 0 || r > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	switch {
	case r < 0x80:
		p[0] = byte(r)
		return 1
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to p.
func AppendRune(p []byte, r rune) []byte {
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// DecodeRuneInString decodes the first rune of s: (RuneError, 1) for an invalid encoding,
// (RuneError, 0) for an empty string.
func DecodeRuneInString(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	c0 := s[0]
	if c0 < 0x80 {
		return rune(c0), 1
	}
	var need int
	var min rune
	var r rune
	switch {
	case c0&0xE0 == 0xC0:
		need, min, r = 2, 0x80, rune(c0&0x1F)
	case c0&0xF0 == 0xE0:
		need, min, r = 3, 0x800, rune(c0&0x0F)
	case c0&0xF8 == 0xF0:
		need, min, r = 4, 0x10000, rune(c0&0x07)
	default:
		return RuneError, 1
	}
	if n < need {
		return RuneError, 1
	}
	for i := 1; i < need; i++ {
		c := s[i]
		if c&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(c&0x3F)
	}
	if r < min || r > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		return RuneError, 1
	}
	return r, need
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (rune, int) { return DecodeRuneInString(string(p)) }

// DecodeLastRuneInString decodes the last rune of s.
func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if !RuneStart(s[start]) {
			continue
		}
		break
	}
	if start < 0 {
		start = 0
	}
	r, size := DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString for a byte slice.
func DecodeLastRune(p []byte) (rune, int) { return DecodeLastRuneInString(string(p)) }

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// RuneCountInString returns the number of runes in s (each invalid byte counts as one).
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, size := DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// RuneCount is RuneCountInString for a byte slice.
func RuneCount(p []byte) int { return RuneCountInString(string(p)) }

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid is ValidString for a byte slice.
func Valid(p []byte) bool { return ValidString(string(p)) }

// ValidRune reports whether r can be encoded as UTF-8.
func ValidRune(r rune) bool {
	return 0 <= r && r < surrogateMin || surrogateMax < r && r <= MaxRune
}

// FullRuneInString reports whether s begins with a full encoding of a rune.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	r, size := DecodeRuneInString(s)
	if r != RuneError || size != 1 {
		return true
	}
	c := s[0]
	need := 1
	switch {
	case c&0xE0 == 0xC0:
		need = 2
	case c&0xF0 == 0xE0:
		need = 3
	case c&0xF8 == 0xF0:
		need = 4
	}
	if len(s) >= need {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return true
		}
	}
	return false
}
