package main

import (
	"math"
	"strconv"
)

// FormatFloat and AppendFloat on chosen values: every format with several precisions, the
// special values, powers of ten and two, subnormals, the extremes of both sizes and the
// thresholds where 'g' switches to an exponent.

var values = []float64{
	0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, -2.5, 10, 100, 1e6, 1e7,
	1e20, 1e21, 1e22, 1e23, 1e-4, 1e-5, 1e-6, 1e-7, 123456789.123, 123456789, 1234567.5,
	3.141592653589793, 2.718281828459045, 299792458, 6.02214076e23, 6.62607015e-34,
	9007199254740992, 9007199254740993, 18446744073709551615, 4.35e-1, 0.000123,
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
	2.225073858507201e-308, 4.9406564584124654e-324 * 3, math.MaxFloat32, math.SmallestNonzeroFloat32,
	1.1754943508222875e-38, 16777216, 16777217, 0.15625, 1e15, 1e16, 999999.5, 9.5, 0.95, 0.0095,
}

var formats = []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
var precs = []int{-1, 0, 1, 2, 5, 6, 16, 17, 20}

func main() {
	negZero := math.Copysign(0, -1)
	specials := []float64{negZero, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range specials {
		line := ""
		for _, f := range formats {
			line += " " + strconv.FormatFloat(v, f, -1, 64) + " " + strconv.FormatFloat(v, f, 3, 32)
		}
		println(line)
	}
	for _, v := range values {
		for _, f := range formats {
			ps := precs
			if f == 'E' || f == 'G' || f == 'X' {
				ps = []int{-1, 4}
			} else if f == 'b' {
				ps = []int{-1}
			}
			line := string(f) + ":"
			for _, p := range ps {
				line += " " + strconv.FormatFloat(v, f, p, 64)
			}
			line += " |"
			for _, p := range ps {
				line += " " + strconv.FormatFloat(v, f, p, 32)
			}
			println(line)
		}
	}

	// Powers of ten and two, shortest, both sizes.
	for e := -330; e <= 310; e += 7 {
		s := "1e" + strconv.Itoa(e)
		x, _ := strconv.ParseFloat(s, 64)
		y, _ := strconv.ParseFloat(s, 32)
		println(s, strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'e', 20, 64), strconv.FormatFloat(y, 'g', -1, 32), strconv.FormatFloat(y, 'e', 12, 32))
	}
	for e := -1080; e <= 1030; e += 13 {
		x := math.Ldexp(1, e)
		println(e, strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'b', -1, 64), strconv.FormatFloat(x, 'x', -1, 32), strconv.FormatFloat(x, 'g', -1, 32))
	}
	// Subnormals.
	for i := uint64(1); i < 1<<52; i = i*5 + 3 {
		x := math.Float64frombits(i)
		println(strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'e', 8, 64), strconv.FormatFloat(x, 'x', -1, 64), strconv.FormatFloat(x, 'b', -1, 64))
	}
	for i := uint32(1); i < 1<<23; i = i*3 + 1 {
		x := float64(math.Float32frombits(i))
		println(strconv.FormatFloat(x, 'g', -1, 32), strconv.FormatFloat(x, 'e', 4, 32), strconv.FormatFloat(x, 'x', -1, 32), strconv.FormatFloat(x, 'b', -1, 32))
	}

	// Where 'g' changes to the exponent form: exponent < -4 or >= precision (shortest: 21).
	for e := -8; e <= 23; e++ {
		x, _ := strconv.ParseFloat("1.25e"+strconv.Itoa(e), 64)
		println(e, strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'g', 3, 64), strconv.FormatFloat(x, 'G', 8, 64), strconv.FormatFloat(x, 'g', 0, 64), strconv.FormatFloat(x, 'g', -1, 32))
	}
	for _, x := range []float64{99999.5, 999999, 9999999, 99999999999999999999, 999999999999999999999, 0.0001, 0.00009999, 0.000099999999999999999} {
		println(strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'g', 5, 64), strconv.FormatFloat(x, 'g', 6, 64), strconv.FormatFloat(x, 'G', 21, 64))
	}

	// Long outputs (the multiprecision path) and other negative precisions (shortest).
	tiny := math.Float64frombits(1)
	long := strconv.FormatFloat(tiny, 'f', 1100, 64)
	println(len(long), long[:12], long[320:360], long[1060:])
	long = strconv.FormatFloat(tiny, 'e', 800, 64)
	println(len(long), long[:40], long[740:])
	long = strconv.FormatFloat(math.MaxFloat64, 'f', 5, 64)
	println(len(long), long[:40], long[290:])
	long = strconv.FormatFloat(1.0/3, 'g', 400, 64)
	println(len(long), long)
	println(strconv.FormatFloat(0.3, 'g', -5, 64), strconv.FormatFloat(0.3, 'e', -100, 32), strconv.FormatFloat(0.3, 'x', -2, 64), strconv.FormatFloat(1.0/3, 'f', 40, 32))

	// Unknown formats, and AppendFloat onto existing bytes.
	println(strconv.FormatFloat(1, 'z', -1, 64), strconv.FormatFloat(1, 'v', 2, 32))
	buf := []byte("x=")
	buf = strconv.AppendFloat(buf, 1.5, 'f', 2, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, -0.001, 'g', -1, 32)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf[:len(buf):len(buf)], 1e100, 'e', 40, 64)
	println(string(buf), len(buf))
}
