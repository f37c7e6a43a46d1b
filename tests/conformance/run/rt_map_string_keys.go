package main

func main() {
	m := map[string]int{}
	m[""] = 1
	m["\x00"] = 2
	m["\x00\x00"] = 3
	m["a\x00b"] = 4
	m["a"] = 5
	println(len(m), m[""], m["\x00"], m["\x00\x00"], m["a\x00b"], m["a"], m["ab"])

	// equal contents from different sources are the same key
	b := []byte{'k', 'e', 'y'}
	m[string(b)] = 10
	s := "a key!"
	println(m["key"], m[s[2:5]], m["ke"+"y"])
	b[0] = 'K'
	println(m["key"], m[string(b)])

	// keys differing only at one position, long keys
	long := map[string]int{}
	base := ""
	for i := 0; i < 100; i++ {
		base += "x"
	}
	for i := 0; i < 100; i++ {
		bs := []byte(base)
		bs[i] = 'y'
		long[string(bs)] = i
	}
	long[base] = -1
	probe := []byte(base)
	probe[57] = 'y'
	println(len(long), long[string(probe)], long[base], long[base[1:]])

	// unicode and case
	u := map[string]string{"héllo": "e-acute", "hello": "plain", "HELLO": "upper", "日本": "jp"}
	println(u["héllo"], u["hello"], u["HELLO"], u["日本"], len(u["日本"]), len(u))
	r := []rune{'日', '本'}
	println(u[string(r)])

	// string prefixes must not collide
	p := map[string]int{}
	w := ""
	for i := 0; i < 20; i++ {
		p[w] = i
		w += "ab"
	}
	println(len(p), p[""], p["ab"], p["abababab"], p["aba"])
	delete(p, "")
	_, ok := p[""]
	println(ok, len(p))
}
