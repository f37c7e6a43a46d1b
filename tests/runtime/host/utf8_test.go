package rt

import (
	"math"
	"math/rand"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// utf8Strings returns valid and invalid UTF-8: every 1- and 2-byte string, structured 3- and
// 4-byte sequences around the interesting boundaries, random runes and random bytes.
func utf8Strings() []string {
	var out []string
	for a := 0; a < 256; a++ {
		out = append(out, string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			out = append(out, string([]byte{byte(a), byte(b)}))
		}
	}
	edges := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
		0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF}
	for _, a := range edges {
		for _, b := range edges {
			for _, c := range edges {
				out = append(out, string([]byte{a, b, c}))
				for _, d := range edges {
					if a >= 0xE0 {
						out = append(out, string([]byte{a, b, c, d}))
					}
				}
			}
		}
	}
	r := rand.New(rand.NewSource(4))
	for i := 0; i < 3000; i++ {
		rs := make([]rune, r.Intn(8))
		for j := range rs {
			switch r.Intn(3) {
			case 0:
				rs[j] = rune(r.Intn(0x80))
			case 1:
				rs[j] = rune(r.Intn(0x10000))
			default:
				rs[j] = rune(r.Intn(0x110000))
			}
		}
		out = append(out, string(rs))
		bs := make([]byte, r.Intn(12))
		for j := range bs {
			bs[j] = byte(r.Intn(256))
			if r.Intn(2) == 0 {
				bs[j] |= 0x80
			}
		}
		out = append(out, string(bs))
	}
	return out
}

func TestDecoderune(t *testing.T) {
	reset()
	for _, s := range utf8Strings() {
		type step struct {
			i int
			r rune
		}
		var want, got []step
		for i, r := range s {
			want = append(want, step{i, r})
		}
		for i := 0; i < len(s); {
			r, next := decoderune(s, i)
			got = append(got, step{i, r})
			if next <= i {
				t.Fatalf("decoderune(%q, %d) does not advance", s, i)
			}
			i = next
		}
		cases++
		if len(got) != len(want) {
			t.Fatalf("%q: %d runes, range gives %d", s, len(got), len(want))
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("%q: rune %d is %v, range gives %v", s, k, got[k], want[k])
			}
		}
		cases++
		if n := countrunes(s); n != len(want) {
			t.Fatalf("countrunes(%q) = %d, want %d", s, n, len(want))
		}
	}
	cases++
	if r, next := decoderune("ab", 2); r != utf8.RuneError || next != 3 {
		t.Errorf("decoderune past the end = %v, %d", r, next)
	}
}

func TestEncoderune(t *testing.T) {
	reset()
	var buf, want [8]byte
	check := func(r rune) {
		cases++
		buf = [8]byte{}
		n := encoderune(unsafe.Pointer(&buf[0]), r)
		m := utf8.EncodeRune(want[:], r)
		if n != m || string(buf[:n]) != string(want[:m]) || runeLen(r) != n {
			t.Fatalf("encoderune(%#x) = % x (runeLen %d), want % x", r, buf[:n], runeLen(r), want[:m])
		}
	}
	for r := rune(0); r < 0x110010; r++ {
		check(r)
	}
	for _, r := range []rune{-1, -0x80, math.MinInt32, math.MaxInt32, 0x7FFFFFF} {
		check(r)
	}
}
