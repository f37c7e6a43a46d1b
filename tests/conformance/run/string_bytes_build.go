package main

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func upper(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	println(reverse("héllo 世界"))
	println(upper("hello, World!"))
	println(count("banana", 'a'))
	b := []byte("abc")
	b = append(b, "def"...)
	b = append(b, 'g')
	println(string(b), len(b))
	n := copy(b, "XY")
	println(n, string(b))
}
