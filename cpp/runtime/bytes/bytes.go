// Package bytes: the common functions of Go's bytes package and Buffer.
package bytes

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
