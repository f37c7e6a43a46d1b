package main

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func main() {
	var r rune = 'a'
	println(r, r+1, string(r+1))
	println('\n', '\t', '\\', '\'', '\x41', '\u00e9', '\U0001F600', '\101')
	s := "a1b2c3"
	sum := 0
	for _, c := range s {
		if isDigit(c) {
			sum += int(c - '0')
		}
	}
	println(sum)
	var b byte = 'z'
	println(b, b-'a')
	println("\u00e9" == "é", "\xc3\xa9" == "é", len("\U0001F600"))
	println(`raw\n`, len(`raw\n`))
	m := `multi
line`
	println(m, len(m))
}
