// Exp2, Expm1, Log1p, Logb, Ilogb, Remainder, Dim, Nextafter, Nextafter32,
// Pow10, FMA: pure Go on amd64 (or exact, for FMA), so exact bits.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func exact(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

func main() {
	base := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-20, 1e-9, 1e-5, 0.001, 0.1, 0.25,
		0.3465, 0.5, 0.7, 0.9, 0.999, 1, 1.0000001, 1.5, 2, 3, 10, 37.5, 100, 709.7, 710, 1023.5,
		1024, 1075, 1e5, 1e20, 1e300, math.MaxFloat64}
	var xs []float64
	for _, x := range base {
		xs = append(xs, x)
		if x != 0 && x == x && !math.IsInf(x, 0) {
			xs = append(xs, -x)
		}
	}
	for i := 0; i < 100; i++ {
		xs = append(xs, float64(i)*0.0917-4.5)
	}
	for _, x := range xs {
		fmt.Println(exact(x), exact(math.Exp2(x)), exact(math.Expm1(x)), exact(math.Log1p(x)),
			exact(math.Logb(x)), math.Ilogb(x), exact(math.Dim(x, 1.5)), exact(math.Dim(-2, x)))
	}
	for _, x := range xs {
		fmt.Println(exact(x), exact(math.Remainder(x, 0.37)), exact(math.Remainder(123.456, x)),
			exact(math.Remainder(x, math.Inf(1))), exact(math.Remainder(x, 1e-300)))
	}
	for _, x := range xs {
		fmt.Println(exact(x), exact(math.Nextafter(x, 1)), exact(math.Nextafter(x, math.Inf(-1))),
			exact(math.Nextafter(x, x)), exact(math.Nextafter(x, math.NaN())))
		f := float32(x)
		fmt.Println(math.Float32bits(math.Nextafter32(f, 1)), math.Float32bits(math.Nextafter32(f, float32(math.Inf(-1)))),
			math.Float32bits(math.Nextafter32(f, f)))
	}
	for n := -330; n <= 330; n += 7 {
		fmt.Println("pow10", n, exact(math.Pow10(n)))
	}
	fmt.Println(exact(math.Pow10(-324)), exact(math.Pow10(-323)), exact(math.Pow10(308)), exact(math.Pow10(309)))
	ys := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1,
		0.1, 3, 1e308, -1e308, 1e-308, 5e-324, 1.0000000000000002, 0.9999999999999999, 3.3e150}
	for _, a := range ys {
		for _, b := range ys {
			fmt.Println("fma", exact(math.FMA(a, b, 1)), exact(math.FMA(a, b, -0.1)), exact(math.FMA(a, 0.1, b)),
				exact(math.FMA(a, b, math.Copysign(0, -1))), exact(math.FMA(a, b, -a*b)))
		}
	}
}
