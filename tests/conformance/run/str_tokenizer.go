package main

type Token struct {
	kind string
	text string
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') }

func tokenize(src string) []Token {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case isDigit(c):
			j := i
			for j < len(src) && isDigit(src[j]) {
				j++
			}
			toks = append(toks, Token{"NUM", src[i:j]})
			i = j
		case isAlpha(c):
			j := i
			for j < len(src) && (isAlpha(src[j]) || isDigit(src[j])) {
				j++
			}
			toks = append(toks, Token{"IDENT", src[i:j]})
			i = j
		case c == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				j++
			}
			toks = append(toks, Token{"STR", src[i+1 : j]})
			i = j + 1
		default:
			if i+1 < len(src) && (src[i:i+2] == "==" || src[i:i+2] == "<=" || src[i:i+2] == ":=") {
				toks = append(toks, Token{"OP", src[i : i+2]})
				i += 2
			} else {
				toks = append(toks, Token{"OP", string(c)})
				i++
			}
		}
	}
	return toks
}

func main() {
	for _, line := range []string{
		`x := 42 + y_1*(7-z)`,
		`if a <= 10 == b { print("hi there") }`,
		`Total_Count:=3`,
	} {
		toks := tokenize(line)
		println(len(toks), "tokens")
		for _, t := range toks {
			println(" ", t.kind, "["+t.text+"]")
		}
	}
}
