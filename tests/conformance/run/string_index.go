package main

func main() {
	s := "héllo, 世界"
	println(len(s))
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	println(s[0], s[1], s[len(s)-1])
	println(s[:1], s[1:3], s[7:], s[:0] == "", s[len(s):])
	t := s[8:11]
	println(t, len(t))
	var b byte = s[2]
	println(b, string(rune(b)))
	println("abc"[1], "abc"[1:])
	const c = "const"
	println(c[0], len(c))
}
