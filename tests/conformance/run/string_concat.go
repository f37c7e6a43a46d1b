package main

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	println(s, len(s))
	t := s
	t += "!"
	println(s, t)
	parts := []string{"x", "y", "z"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ", "
		}
		joined += p
	}
	println(joined)
	u := "a" + "b" + s[2:4] + "c"
	println(u)
	var acc string
	for i := 0; i < 100; i++ {
		acc += "ab"
	}
	println(len(acc), acc[198:])
	sub := s[3:6]
	sub2 := sub + sub
	println(sub2, s)
}
