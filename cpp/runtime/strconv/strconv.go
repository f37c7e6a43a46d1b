// Package strconv: the integer and boolean conversions of Go's strconv package, with its errors.
package strconv

import "errors"

// IntSize is the size in bits of an int.
const IntSize = 64

// ErrRange: a value out of range for the type. ErrSyntax: a value without the right syntax.
var (
	ErrRange  = errors.New("value out of range")
	ErrSyntax = errors.New("invalid syntax")
)

// NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, Atoi)
	Num  string // the input
	Err  error  // ErrRange or ErrSyntax
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in base 2 to 36.
func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	if i == 0 {
		return "0"
	}
	var buf [64]byte
	n := len(buf)
	b := uint64(base)
	for i > 0 {
		n--
		buf[n] = digits[i%b]
		i /= b
	}
	return string(buf[n:])
}

// FormatInt returns i in base 2 to 36.
func FormatInt(i int64, base int) string {
	if i < 0 {
		return "-" + FormatUint(uint64(-i), base)
	}
	return FormatUint(uint64(i), base)
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "TRUE", "true", "True":
		return true, nil
	case "0", "f", "F", "FALSE", "false", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint parses s in the given base (0: from its prefix 0b, 0o, 0 or 0x; underscores allowed
// then) as an unsigned integer of bitSize bits (0: uint).
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, &NumError{fn, s, ErrSyntax}
	}
	s0 := s
	underscores := false
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base, s = 2, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base, s = 8, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base, s = 16, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
		underscores = true
	default:
		return 0, &NumError{fn, s0, errors.New("invalid base " + Itoa(base))}
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, &NumError{fn, s0, errors.New("invalid bit size " + Itoa(bitSize))}
	}
	maxVal := uint64(1)<<uint(bitSize) - 1
	if bitSize == 64 {
		maxVal = 1<<64 - 1
	}
	var n uint64
	sawDigit := false
	lastUnderscore := true // a leading underscore is only valid after a base prefix
	if base != 10 || len(s0) != len(s) {
		lastUnderscore = false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && underscores:
			if lastUnderscore {
				return 0, &NumError{fn, s0, ErrSyntax}
			}
			lastUnderscore = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, &NumError{fn, s0, ErrSyntax}
		}
		if d >= byte(base) {
			return 0, &NumError{fn, s0, ErrSyntax}
		}
		lastUnderscore = false
		sawDigit = true
		if n > (maxVal-uint64(d))/uint64(base) {
			return maxVal, &NumError{fn, s0, ErrRange}
		}
		n = n*uint64(base) + uint64(d)
	}
	if !sawDigit || (underscores && lastUnderscore && len(s) > 0 && s[len(s)-1] == '_') {
		return 0, &NumError{fn, s0, ErrSyntax}
	}
	return n, nil
}

// ParseInt parses s (an optional sign, then as ParseUint) as a signed integer of bitSize bits.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, &NumError{fn, s, ErrSyntax}
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		e := err.(*NumError)
		e.Func = fn
		e.Num = s0
		return 0, e
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), &NumError{fn, s0, ErrRange}
	}
	if neg && un > cutoff {
		return -int64(cutoff), &NumError{fn, s0, ErrRange}
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0) as an int.
func Atoi(s string) (int, error) {
	i, err := ParseInt(s, 10, 0)
	if err != nil {
		err.(*NumError).Func = "Atoi"
	}
	return int(i), err
}

// Quote returns s as a double-quoted Go string literal (escapes for quotes, backslashes and
// control characters; other runes as they are).
func Quote(s string) string {
	buf := []byte{'"'}
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			buf = append(buf, '\\', byte(r))
		case r == '\n':
			buf = append(buf, '\\', 'n')
		case r == '\t':
			buf = append(buf, '\\', 't')
		case r == '\r':
			buf = append(buf, '\\', 'r')
		case r < ' ' || r == 0x7f:
			buf = append(buf, '\\', 'x', digits[r>>4], digits[r&15])
		default:
			buf = append(buf, string(r)...)
		}
	}
	return string(append(buf, '"'))
}
