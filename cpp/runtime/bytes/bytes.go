// Package bytes: the common functions of Go's bytes package and Buffer.
package bytes

// Buffer is a growable buffer of bytes; the zero value is an empty buffer ready to use.
type Buffer struct {
	buf []byte
	off int // reads start here
}

// NewBuffer returns a buffer holding buf.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a buffer holding s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

func (b *Buffer) Bytes() []byte  { return b.buf[b.off:] }
func (b *Buffer) String() string { return string(b.buf[b.off:]) }
func (b *Buffer) Len() int       { return len(b.buf) - b.off }
func (b *Buffer) Cap() int       { return cap(b.buf) }
func (b *Buffer) Reset()         { b.buf, b.off = b.buf[:0], 0 }

func (b *Buffer) Write(p []byte) (int, error)       { b.buf = append(b.buf, p...); return len(p), nil }
func (b *Buffer) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }
func (b *Buffer) WriteByte(c byte) error            { b.buf = append(b.buf, c); return nil }

// WriteRune appends the UTF-8 encoding of r.
func (b *Buffer) WriteRune(r rune) (int, error) {
	s := string(r)
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// Truncate keeps the first n unread bytes.
func (b *Buffer) Truncate(n int) {
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

func Equal(a, b []byte) bool { return string(a) == string(b) }
func Compare(a, b []byte) int {
	sa, sb := string(a), string(b)
	if sa == sb {
		return 0
	}
	if sa < sb {
		return -1
	}
	return 1
}

// Index returns the index of the first sep in s, or -1.
func Index(s, sep []byte) int {
	n := len(sep)
	for i := 0; i+n <= len(s); i++ {
		if string(s[i:i+n]) == string(sep) {
			return i
		}
	}
	return -1
}

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s []byte, c byte) int {
	for i, x := range s {
		if x == c {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last sep in s, or -1.
func LastIndex(s, sep []byte) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if string(s[i:i+len(sep)]) == string(sep) {
			return i
		}
	}
	return -1
}

func Contains(b, sub []byte) bool     { return Index(b, sub) >= 0 }
func HasPrefix(s, prefix []byte) bool { return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix) }
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// TrimSpace returns s without leading and trailing ASCII white space.
func TrimSpace(s []byte) []byte {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' }
	start, end := 0, len(s)
	for start < end && isSpace(s[start]) {
		start++
	}
	for end > start && isSpace(s[end-1]) {
		end--
	}
	if start == end {
		return nil
	}
	return s[start:end]
}

// Split slices s into the subslices separated by sep (sep must not be empty here).
func Split(s, sep []byte) [][]byte {
	if len(sep) == 0 {
		out := make([][]byte, 0, len(s))
		for i := range s {
			out = append(out, s[i:i+1:i+1])
		}
		return out
	}
	var out [][]byte
	for {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[:i:i])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

// Join concatenates s with sep between the elements.
func Join(s [][]byte, sep []byte) []byte {
	var out []byte
	for i, b := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, b...)
	}
	if out == nil {
		return []byte{}
	}
	return out
}

// Repeat returns count copies of b.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	out := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		out = append(out, b...)
	}
	return out
}

// ToUpper and ToLower map ASCII letters (a new slice).
func ToUpper(s []byte) []byte {
	out := make([]byte, len(s))
	for i, c := range s {
		if 'a' <= c && c <= 'z' {
			c -= 32
		}
		out[i] = c
	}
	return out
}

func ToLower(s []byte) []byte {
	out := make([]byte, len(s))
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 32
		}
		out[i] = c
	}
	return out
}

// Count returns the number of non-overlapping sep in s.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return len([]rune(string(s))) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}
