package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func encode(s string) string {
	out := ""
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out += itoa(j-i) + string(s[i])
		i = j
	}
	return out
}

func decode(s string) string {
	var out []byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		for k := 0; k < n; k++ {
			out = append(out, c)
		}
		n = 0
	}
	return string(out)
}

func main() {
	for _, s := range []string{
		"aaabccddddd", "abc", "", "zzzzzzzzzzzzzzz", "aabbaabb", "x",
	} {
		e := encode(s)
		d := decode(e)
		println("["+s+"]", e, d == s)
	}
	println(decode("12a3b1c"))
}
