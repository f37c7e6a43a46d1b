package main

func fields(s string) []string {
	var out []string
	word := []byte{}
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if len(word) > 0 {
				out = append(out, string(word))
				word = word[:0]
			}
			continue
		}
		word = append(word, s[i])
	}
	if len(word) > 0 {
		out = append(out, string(word))
	}
	return out
}

func join(parts []string, sep string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func title(w string) string {
	b := []byte(w)
	if len(b) > 0 && b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
	return string(b)
}

func main() {
	s := "  the   quick brown   fox  "
	ws := fields(s)
	println(len(ws))
	for i, j := 0, len(ws)-1; i < j; i, j = i+1, j-1 {
		ws[i], ws[j] = ws[j], ws[i]
	}
	println("[" + join(ws, " ") + "]")
	for i := range ws {
		ws[i] = title(ws[i])
	}
	println(join(ws, "-"))
	println(reverseRunes("héllo, wörld"), reverseRunes(""), reverseRunes("ab"))
	println(len(fields("")), len(fields("   ")), join(nil, ","))
}
