package main

import (
	"math"
	"strconv"
)

// The cases of Go's own ftoa_test.go (expected strings come from the .out), each formatted
// with bitSize 64, appended after "abc", and with bitSize 32 where the value is a float32.

type ftoaTest struct {
	f    float64
	fmt  byte
	prec int
}

func fdiv(a, b float64) float64 { return a / b }

const (
	below1e23 = 99999999999999974834176
	above1e23 = 100000000000000008388608
)

var ftoatests = []ftoaTest{

	{1, 'e', 5},
	{1, 'f', 5},
	{1, 'g', 5},
	{1, 'g', -1},
	{1, 'x', -1},
	{1, 'x', 5},
	{20, 'g', -1},
	{20, 'x', -1},
	{1234567.8, 'g', -1},
	{1234567.8, 'x', -1},
	{200000, 'g', -1},
	{200000, 'x', -1},
	{200000, 'X', -1},
	{2000000, 'g', -1},
	{1e10, 'g', -1},

	// g conversion and zero suppression
	{400, 'g', 2},
	{40, 'g', 2},
	{4, 'g', 2},
	{.4, 'g', 2},
	{.04, 'g', 2},
	{.004, 'g', 2},
	{.0004, 'g', 2},
	{.00004, 'g', 2},
	{.000004, 'g', 2},

	{0, 'e', 5},
	{0, 'f', 5},
	{0, 'g', 5},
	{0, 'g', -1},
	{0, 'x', 5},

	{-1, 'e', 5},
	{-1, 'f', 5},
	{-1, 'g', 5},
	{-1, 'g', -1},

	{12, 'e', 5},
	{12, 'f', 5},
	{12, 'g', 5},
	{12, 'g', -1},

	{123456700, 'e', 5},
	{123456700, 'f', 5},
	{123456700, 'g', 5},
	{123456700, 'g', -1},

	{1.2345e6, 'e', 5},
	{1.2345e6, 'f', 5},
	{1.2345e6, 'g', 5},

	// Round to even
	{1.2345e6, 'e', 3},
	{1.2355e6, 'e', 3},
	{1.2345, 'f', 3},
	{1.2355, 'f', 3},
	{1234567890123456.5, 'e', 15},
	{1234567890123457.5, 'e', 15},
	{108678236358137.625, 'g', -1},

	{1e23, 'e', 17},
	{1e23, 'f', 17},
	{1e23, 'g', 17},

	{1e23, 'e', -1},
	{1e23, 'f', -1},
	{1e23, 'g', -1},

	{below1e23, 'e', 17},
	{below1e23, 'f', 17},
	{below1e23, 'g', 17},

	{below1e23, 'e', -1},
	{below1e23, 'f', -1},
	{below1e23, 'g', -1},

	{above1e23, 'e', 17},
	{above1e23, 'f', 17},
	{above1e23, 'g', 17},

	{above1e23, 'e', -1},
	{above1e23, 'f', -1},
	{above1e23, 'g', -1},

	{fdiv(5e-304, 1e20), 'g', -1},
	{fdiv(-5e-304, 1e20), 'g', -1},

	{32, 'g', -1},
	{32, 'g', 0},

	{100, 'x', -1},
	{100, 'y', -1},

	{math.NaN(), 'g', -1},
	{-math.NaN(), 'g', -1},
	{math.Inf(0), 'g', -1},
	{math.Inf(-1), 'g', -1},
	{-math.Inf(0), 'g', -1},

	{-1, 'b', -1},

	// fixed bugs
	{0.9, 'f', 1},
	{0.09, 'f', 1},
	{0.0999, 'f', 1},
	{0.05, 'f', 1},
	{0.05, 'f', 0},
	{0.5, 'f', 1},
	{0.5, 'f', 0},
	{1.5, 'f', 0},

	// https://www.exploringbinary.com/java-hangs-when-converting-2-2250738585072012e-308/
	{2.2250738585072012e-308, 'g', -1},
	// https://www.exploringbinary.com/php-hangs-on-numeric-value-2-2250738585072011e-308/
	{2.2250738585072011e-308, 'g', -1},

	// Issue 2625.
	{383260575764816448, 'f', 0},
	{383260575764816448, 'g', -1},

	// Issue 29491.
	{498484681984085570, 'f', -1},
	{-5.8339553793802237e+23, 'g', -1},

	// Issue 52187
	{123.45, '?', 0},
	{123.45, '?', 1},
	{123.45, '?', -1},

	// rounding
	{2.275555555555555, 'x', -1},
	{2.275555555555555, 'x', 0},
	{2.275555555555555, 'x', 2},
	{2.275555555555555, 'x', 16},
	{2.275555555555555, 'x', 21},
	{2.2755555510520935, 'x', -1},
	{2.2755555510520935, 'x', 6},
	{2.275555431842804, 'x', -1},
	{2.275555431842804, 'x', 6},
	{3.999969482421875, 'x', -1},
	{3.999969482421875, 'x', 4},
	{3.999969482421875, 'x', 3},
	{3.999969482421875, 'x', 2},
	{3.999969482421875, 'x', 1},
	{3.999969482421875, 'x', 0},
}

func main() {
	for i := 0; i < len(ftoatests); i++ {
		test := &ftoatests[i]
		s := strconv.FormatFloat(test.f, test.fmt, test.prec, 64)
		x := strconv.AppendFloat([]byte("abc"), test.f, test.fmt, test.prec, 64)
		line := strconv.Itoa(i) + " " + string(test.fmt) + " " + strconv.Itoa(test.prec) + " " + s
		if string(x) != "abc"+s {
			line += " append:" + string(x)
		}
		if float64(float32(test.f)) == test.f && test.fmt != 'b' {
			line += " f32:" + strconv.FormatFloat(test.f, test.fmt, test.prec, 32)
		}
		println(line)
	}
	defer func() {
		r := recover()
		println("recovered:", r.(string))
	}()
	_ = strconv.FormatFloat(3.14, 'g', -1, 100)
}
