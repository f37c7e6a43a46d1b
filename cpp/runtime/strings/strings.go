// Package strings: the part of Go's strings package gomethod provides (see docs/go-subset.md).
package strings

import "unicode"

// Builder builds a string with few copies. The zero value is ready to use.
type Builder struct {
	buf []byte
}

func (b *Builder) String() string { return string(b.buf) }
func (b *Builder) Len() int       { return len(b.buf) }
func (b *Builder) Cap() int       { return cap(b.buf) }
func (b *Builder) Reset()         { b.buf = nil }

// Grow makes room for n more bytes.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}
func (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }
func (b *Builder) WriteByte(c byte) error            { b.buf = append(b.buf, c); return nil }
func (b *Builder) Write(p []byte) (int, error)       { b.buf = append(b.buf, p...); return len(p), nil }

// WriteRune appends the UTF-8 encoding of r.
func (b *Builder) WriteRune(r rune) (int, error) {
	s := string(r)
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return 0
	}
	for i := 0; i+n <= len(s); i++ {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first r in s, or -1.
func IndexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

func Contains(s, substr string) bool     { return Index(s, substr) >= 0 }
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }
func HasPrefix(s, prefix string) bool    { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Count returns the number of non-overlapping instances of substr in s (utf8 length + 1 for "").
func Count(s, substr string) int {
	if len(substr) == 0 {
		n := 0
		for range s {
			n++
		}
		return n + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Repeat returns count copies of s; a negative count panics as in Go.
func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	b := make([]byte, 0, len(s)*count)
	for i := 0; i < count; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string {
	var b Builder
	for i, e := range elems {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(e)
	}
	return b.String()
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0xA0
}

// Fields splits s around runs of white space.
func Fields(s string) []string {
	out := make([]string, 0)
	start := -1
	for i, r := range s {
		if isSpace(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// TrimSpace removes leading and trailing white space.
func TrimSpace(s string) string {
	start, end := 0, len(s)
	for start < end && isSpace(rune(s[start])) {
		start++
	}
	for end > start && isSpace(rune(s[end-1])) {
		end--
	}
	return s[start:end]
}

// Trim removes leading and trailing runes contained in cutset.
func Trim(s, cutset string) string { return TrimRight(TrimLeft(s, cutset), cutset) }

// TrimLeft removes leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	for len(s) > 0 {
		r, n := firstRune(s)
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

// TrimRight removes trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	for len(s) > 0 {
		r, n := lastRune(s)
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// firstRune decodes the first rune of s and its width (1 for an invalid byte).
func firstRune(s string) (rune, int) {
	var first rune
	for i, r := range s {
		if i > 0 {
			return first, i
		}
		first = r
	}
	return first, len(s)
}

// lastRune decodes the last rune of s and its width.
func lastRune(s string) (rune, int) {
	start := len(s) - 1
	for start > 0 && s[start]&0xC0 == 0x80 && len(s)-start < 4 {
		start--
	}
	if r, n := firstRune(s[start:]); n == len(s)-start {
		return r, n
	}
	return 0xFFFD, 1
}

// ToUpper maps letters to upper case: ASCII, Latin-1, Greek and Cyrillic (other runes, which
// Go's Unicode tables would also map, are unchanged).
func ToUpper(s string) string { return mapRunes(s, unicode.ToUpper) }

// ToLower maps letters to lower case, over the same ranges as ToUpper.
func ToLower(s string) string { return mapRunes(s, unicode.ToLower) }

func mapRunes(s string, f func(rune) rune) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		b := []byte(s)
		for i, c := range b {
			b[i] = byte(f(rune(c)))
		}
		return string(b)
	}
	return Map(f, s) // as Go: invalid bytes become U+FFFD
}

// Replace returns s with the first n non-overlapping instances of old replaced by new (n < 0: all).
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	var b Builder
	done := 0
	for n < 0 || done < n {
		var i int
		if old == "" {
			if done > 0 {
				if len(s) == 0 {
					break
				}
				_, w := firstRune(s)
				b.WriteString(s[:w])
				s = s[w:]
			}
			i = 0
		} else {
			i = Index(s, old)
			if i < 0 {
				break
			}
		}
		b.WriteString(s[:i])
		b.WriteString(new)
		s = s[i+len(old):]
		done++
	}
	b.WriteString(s)
	return b.String()
}

// ReplaceAll replaces every instance of old by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Compare returns -1, 0 or +1.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}
