package main

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	println(len(b), len(r), cap(r) >= len(r))
	b[0] = 'H'
	println(string(b), s)
	r[1] = 'e'
	println(string(r))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	bad := []byte{0xff, 'a', 0xe4}
	rs := []rune(string(bad))
	println(len(rs), rs[0], rs[1], rs[2])
	println(string([]rune{0x1F600, 'x'}))
	println(string([]byte{}) == "", len([]byte("")), []byte(nil) == nil)
	type MyStr string
	ms := MyStr("typed")
	println(string(ms), len(ms))
	type Bytes []byte
	bs := Bytes("abc")
	println(len(bs), string(bs[1:]))
	var nb []byte
	println(string(nb) == "")
}
