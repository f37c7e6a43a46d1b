package main

import (
	"math/bits"
	"sort"
	"unicode/utf8"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	s := "héllo, 世界\xff!"
	println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"), utf8.RuneLen('世'), utf8.RuneLen(-1))
	r, n := utf8.DecodeRuneInString("世界")
	lr, ln := utf8.DecodeLastRuneInString("héllo世")
	println(r, n, lr, ln, utf8.FullRuneInString("\xe4\xb8"), utf8.ValidRune(0xD800))
	buf := utf8.AppendRune(nil, '€')
	println(len(buf), buf[0], buf[2], string(buf))
	var p [4]byte
	println(utf8.EncodeRune(p[:], 0x10FFFF), utf8.EncodeRune(p[:], 0x110000), p[0])

	println(bits.OnesCount64(0xF0F0), bits.LeadingZeros32(1), bits.TrailingZeros16(8), bits.Len(255), bits.Len64(0))
	println(bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1), bits.Reverse8(1), bits.ReverseBytes32(0x01020304))
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 3)
	sum, carry := bits.Add64(0xFFFFFFFFFFFFFFFF, 1, 0)
	d, borrow := bits.Sub64(0, 1, 0)
	println(hi, lo, sum, carry, d, borrow)

	xs := []int{5, 2, 9, 1, 5, 6, 3, 8, 7, 4, 0, 11, 10, 12}
	sort.Ints(xs)
	println(xs[0], xs[13], sort.IntsAreSorted(xs), sort.SearchInts(xs, 7))
	words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	sort.Stable(byLen(words))
	println(words[0], words[1], words[2], words[5])
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	println(words[0], words[5])
	fs := []float64{2.5, -1, 0, 3}
	sort.Float64s(fs)
	println(fs[0], fs[3], sort.Search(100, func(i int) bool { return i*i >= 50 }))

}
