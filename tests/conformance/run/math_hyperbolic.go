// Sinh, Cosh, Tanh, Asinh, Acosh, Atanh. Go on amd64 computes Exp and Log in
// assembly, which may differ from the portable code in the last bit, so the
// functions that call them are printed to 12 digits; Atanh (Log1p) is exact.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func exact(x float64) string  { return strconv.FormatFloat(x, 'g', -1, 64) }
func approx(x float64) string { return strconv.FormatFloat(x, 'g', 12, 64) }

func main() {
	base := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		5e-324, 1e-300, 1e-20, 1e-9, 1e-5, 0.001, 0.1, 0.25, 0.5, 0.7, 0.9, 0.999, 1, 1.0000001,
		1.5, 2, 3, 10, 21, 22.5, 100, 700, 710, 711, 1000, 1e9, 1e20, 1e300, math.MaxFloat64}
	var xs []float64
	for _, x := range base {
		xs = append(xs, x)
		if x != 0 && x == x && !math.IsInf(x, 0) {
			xs = append(xs, -x)
		}
	}
	for i := 0; i < 100; i++ {
		xs = append(xs, float64(i)*0.113-5.6)
	}
	for _, x := range xs {
		fmt.Println(exact(x), approx(math.Sinh(x)), approx(math.Cosh(x)), approx(math.Tanh(x)))
	}
	for _, x := range xs {
		fmt.Println(exact(x), approx(math.Asinh(x)), approx(math.Acosh(x)), exact(math.Atanh(x)))
	}
	fmt.Println(math.Signbit(math.Sinh(math.Copysign(0, -1))), math.Signbit(math.Tanh(math.Copysign(0, -1))),
		math.Signbit(math.Asinh(math.Copysign(0, -1))), math.Signbit(math.Atanh(math.Copysign(0, -1))))
}
