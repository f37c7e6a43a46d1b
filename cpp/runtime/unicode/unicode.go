// Package unicode: character classes and case mapping for ASCII, Latin-1, Greek and Cyrillic
// (Go's full Unicode tables are not carried; other runes belong to no class here).
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// IsUpper reports whether r is an upper case letter.
func IsUpper(r rune) bool {
	return 'A' <= r && r <= 'Z' || 0xC0 <= r && r <= 0xDE && r != 0xD7 ||
		0x391 <= r && r <= 0x3A9 && r != 0x3A2 || 0x400 <= r && r <= 0x42F
}

// IsLower reports whether r is a lower case letter.
func IsLower(r rune) bool {
	return 'a' <= r && r <= 'z' || 0xDF <= r && r <= 0xFF && r != 0xF7 || r == 0xB5 || r == 0xAA || r == 0xBA ||
		0x3AC <= r && r <= 0x3CE || 0x430 <= r && r <= 0x45F
}

// IsLetter reports whether r is a letter.
func IsLetter(r rune) bool {
	return IsUpper(r) || IsLower(r) || 0x386 <= r && r <= 0x3AB && r != 0x387 && r != 0x38B && r != 0x38D && r != 0x3A2
}

// IsDigit reports whether r is a decimal digit.
func IsDigit(r rune) bool { return '0' <= r && r <= '9' }

// IsNumber reports whether r is a number (decimal digits and Latin-1's ², ³, ¹, ¼, ½, ¾).
func IsNumber(r rune) bool {
	return IsDigit(r) || r == 0xB2 || r == 0xB3 || r == 0xB9 || 0xBC <= r && r <= 0xBE
}

// IsSpace reports whether r is white space as Go defines it.
func IsSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// IsPunct reports whether r is an ASCII or Latin-1 punctuation character.
func IsPunct(r rune) bool {
	switch r {
	case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@', '[', '\\', ']', '_', '{', '}',
		0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF:
		return true
	}
	return false
}

// IsControl reports whether r is a control character.
func IsControl(r rune) bool { return r < 0x20 || 0x7F <= r && r < 0xA0 }

// IsPrint reports whether r is printable (letters, marks, numbers, punctuation, symbols, and the
// ASCII space), over the ranges this package knows.
func IsPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	return 0x21 <= r && r <= 0x7E || 0xA1 <= r && r <= 0xFF && r != 0xAD || IsLetter(r)
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z', 0xE0 <= r && r <= 0xFE && r != 0xF7, 0x3B1 <= r && r <= 0x3C9 && r != 0x3C2, 0x430 <= r && r <= 0x44F:
		return r - 32
	case r == 0xFF:
		return 0x178
	case r == 0x3C2:
		return 0x3A3
	case r == 0xB5:
		return 0x39C
	case 0x450 <= r && r <= 0x45F:
		return r - 80
	}
	return r
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	switch {
	case 'A' <= r && r <= 'Z', 0xC0 <= r && r <= 0xDE && r != 0xD7, 0x391 <= r && r <= 0x3A9 && r != 0x3A2, 0x410 <= r && r <= 0x42F:
		return r + 32
	case r == 0x178:
		return 0xFF
	case 0x400 <= r && r <= 0x40F:
		return r + 80
	}
	return r
}
