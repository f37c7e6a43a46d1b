package main

const digits = "0123456789abcdef"

func hexEncode(b []byte) string {
	out := make([]byte, len(b)*2)
	for i, c := range b {
		out[2*i] = digits[c>>4]
		out[2*i+1] = digits[c&0x0f]
	}
	return string(out)
}

func fromHex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func hexDecode(s string) ([]byte, bool) {
	if len(s)%2 != 0 {
		return nil, false
	}
	out := make([]byte, len(s)/2)
	for i := 0; i < len(s); i += 2 {
		hi, ok1 := fromHex(s[i])
		lo, ok2 := fromHex(s[i+1])
		if !ok1 || !ok2 {
			return nil, false
		}
		out[i/2] = hi<<4 | lo
	}
	return out, true
}

func checksum(b []byte) (sum uint8, x uint8) {
	for _, c := range b {
		sum += c
		x ^= c
	}
	return
}

func main() {
	data := []byte("Go→wasm\x00\xff")
	h := hexEncode(data)
	println(h)
	back, ok := hexDecode(h)
	println(ok, string(back) == string(data), len(back))
	_, ok = hexDecode("abc")
	println(ok)
	_, ok = hexDecode("zz")
	println(ok)
	d, _ := hexDecode("DEADbeef")
	println(d[0], d[1], d[2], d[3])
	println(checksum(data))
}
