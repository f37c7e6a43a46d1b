package main

func shift(c rune, k int) rune {
	switch {
	case c >= 'a' && c <= 'z':
		return 'a' + rune((int(c-'a')+k%26+26)%26)
	case c >= 'A' && c <= 'Z':
		return 'A' + rune((int(c-'A')+k%26+26)%26)
	}
	return c
}

func caesar(s string, k int) string {
	out := make([]rune, 0, len(s))
	for _, c := range s {
		out = append(out, shift(c, k))
	}
	return string(out)
}

func rot13Bytes(b []byte) {
	for i, c := range b {
		b[i] = byte(shift(rune(c), 13))
	}
}

func main() {
	msg := "Hello, World! Zebra-xylophone 123 ünïcode"
	enc := caesar(msg, 3)
	println(enc)
	println(caesar(enc, -3))
	println(caesar(msg, 29) == enc, caesar(msg, -23) == enc)
	b := []byte("Why did the chicken cross the road?")
	rot13Bytes(b)
	println(string(b))
	rot13Bytes(b)
	println(string(b))
	for k := 0; k < 26; k += 5 {
		print(caesar("abcxyz", k), " ")
	}
	println()
}
