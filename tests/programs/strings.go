package main

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
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
	s := "Hello, 世界!"
	println(len(s), s[0], s[7], string(s[1]))
	println(reverse(s))
	println(count("banana", 'a'))
	println(s[:5], s[7:], s[len(s)-1:])
	bad := "a\xffb\xe2\x82"
	for i, r := range bad {
		println(i, r)
	}
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	a, b := "apple", "apricot"
	println(a < b, a > b, a == b, a != b, a+b, "" < "a")
	bs := []byte("xyz")
	bs = append(bs, "abc"...)
	println(string(bs), len(bs))
	var empty string
	println(empty == "", len(empty))
	words := []string{"go", "is", "fun"}
	joined := ""
	for i, w := range words {
		if i > 0 {
			joined += " "
		}
		joined += w
	}
	println(joined)
	x := []rune("héllo")
	println(len(x), x[1])
}
