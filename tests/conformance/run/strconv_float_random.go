package main

import (
	"math"
	"strconv"
)

// Pseudo-random bit patterns (xorshift64*) through FormatFloat and ParseFloat: the shortest form
// must parse back to the same bits, and FNV-1a hashes of every string produced pin the exact
// output against Go's.

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state * 2685821657736338717
}

type hash uint64

func (h *hash) add(s string) {
	x := uint64(*h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= 1099511628211
	}
	x ^= 0xff
	x *= 1099511628211
	*h = hash(x)
}

func (h hash) String() string { return strconv.FormatUint(uint64(h), 16) }

func same64(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || a != a && b != b
}

func main() {
	const n = 5000
	var hShort, hE, hF, hG, hBig, hX hash = 14695981039346656037, 14695981039346656037, 14695981039346656037, 14695981039346656037, 14695981039346656037, 14695981039346656037
	bad := 0
	for i := 0; i < n; i++ {
		bits := next()
		if i%4 == 1 {
			// Keep the exponent near 1 so that 'f' prints digits.
			bits = bits&(1<<63|1<<52-1) | uint64(1023+int(next()%120)-60)<<52
		}
		x := math.Float64frombits(bits)
		s := strconv.FormatFloat(x, 'g', -1, 64)
		hShort.add(s)
		y, err := strconv.ParseFloat(s, 64)
		if !same64(x, y) || err != nil && !math.IsInf(x, 0) {
			bad++
			println("round trip", strconv.FormatUint(bits, 16), s, strconv.FormatUint(math.Float64bits(y), 16))
		}
		prec := int(next()%18) + 0
		hE.add(strconv.FormatFloat(x, 'e', prec, 64))
		hG.add(strconv.FormatFloat(x, 'G', prec+1, 64))
		hF.add(strconv.FormatFloat(x, 'f', prec, 64))
		hBig.add(strconv.FormatFloat(x, 'e', prec+18, 64))
		hX.add(strconv.FormatFloat(x, 'x', prec-1, 64))
		if i < 20 {
			println(s, strconv.FormatFloat(x, 'e', prec, 64), strconv.FormatFloat(x, 'x', prec-1, 64))
		}
	}
	println("float64:", n, "values,", bad, "bad; hashes", hShort.String(), hE.String(), hF.String(), hG.String(), hBig.String(), hX.String())

	var h32, h32e, h32g hash
	bad = 0
	for i := 0; i < n; i++ {
		bits := uint32(next() >> 32)
		f := math.Float32frombits(bits)
		s := strconv.FormatFloat(float64(f), 'g', -1, 32)
		h32.add(s)
		y, err := strconv.ParseFloat(s, 32)
		ok := math.Float32bits(float32(y)) == bits && float64(float32(y)) == y
		if f != f {
			ok = y != y
		}
		if !ok || err != nil {
			bad++
			println("round trip 32", strconv.FormatUint(uint64(bits), 16), s)
		}
		prec := int(next() % 12)
		h32e.add(strconv.FormatFloat(float64(f), 'e', prec, 32))
		h32g.add(strconv.FormatFloat(float64(f), 'g', prec, 32))
		if i < 10 {
			println(s, strconv.FormatFloat(float64(f), 'e', prec, 32))
		}
	}
	println("float32:", n, "values,", bad, "bad; hashes", h32.String(), h32e.String(), h32g.String())

	// Random decimal strings: long mantissas and exponents all over the range, through both
	// bit sizes (Eisel-Lemire and its fallback).
	var hp hash
	buf := make([]byte, 0, 64)
	for i := 0; i < n; i++ {
		buf = buf[:0]
		if next()%2 == 0 {
			buf = append(buf, '-')
		}
		nd := int(next()%25) + 1
		for j := 0; j < nd; j++ {
			buf = append(buf, byte('0'+next()%10))
			if j == 0 && next()%2 == 0 {
				buf = append(buf, '.')
			}
		}
		buf = append(buf, 'e')
		buf = strconv.AppendInt(buf, int64(next()%700)-350, 10)
		s := string(buf)
		x, err := strconv.ParseFloat(s, 64)
		hp.add(strconv.FormatUint(math.Float64bits(x), 16))
		if err != nil {
			hp.add(err.Error())
		}
		x32, err := strconv.ParseFloat(s, 32)
		hp.add(strconv.FormatUint(math.Float64bits(x32), 16))
		if err != nil {
			hp.add(err.Error())
		}
		if i < 10 {
			println(s, strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x32, 'g', -1, 32))
		}
	}
	println("parse:", n, "strings; hash", hp.String())
}
