// Gamma, Lgamma, Erf, Erfc, Erfinv, Erfcinv. Go on amd64 computes Exp and
// Log in assembly (possibly differing in the last bit from the portable code),
// so functions that call them are printed to 12 digits. Go's amd64 Log is also
// wrong for subnormal arguments, which are left out of Lgamma's inputs.
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
		1e-300, 1e-20, 1e-10, 1e-9, 1e-5, 0.001, 0.1, 0.25, 0.5, 0.7, 0.84375, 0.9, 0.999,
		0.9999999, 1, 1.0000001, 1.25, 1.5, 2, 2.5, 3, 4, 5.5, 6, 7, 8, 10, 20, 27, 28, 33.5,
		50, 100, 170.5, 171.7, 200, 1e5, 1e9, 1 << 52, 1 << 53, 1e20, 1e300, math.MaxFloat64}
	var xs []float64
	for _, x := range base {
		xs = append(xs, x)
		if x != 0 && x == x && !math.IsInf(x, 0) {
			xs = append(xs, -x)
		}
	}
	for i := 0; i < 120; i++ {
		xs = append(xs, float64(i)*0.1013-6.2)
	}
	for _, x := range xs {
		lg, sign := math.Lgamma(x)
		fmt.Println(exact(x), approx(math.Gamma(x)), approx(lg), sign)
	}
	fmt.Println(exact(math.Gamma(5e-324)), exact(math.Gamma(-5e-324)))
	for _, x := range xs {
		fmt.Println(exact(x), approx(math.Erf(x)), approx(math.Erfc(x)))
	}
	for i := -20; i <= 40; i++ {
		x := float64(i) * 0.05
		fmt.Println(exact(x), approx(math.Erfinv(x)), approx(math.Erfcinv(x)))
	}
	for _, x := range []float64{0, math.Copysign(0, -1), 1, -1, 2, math.NaN(), 1e-300, 0.9999999, -0.9999999, 1.9999999} {
		fmt.Println(exact(x), exact(math.Erfinv(x)), exact(math.Erfcinv(x)))
	}
	for i := 1; i <= 25; i++ {
		fmt.Println(exact(math.Gamma(float64(i))), exact(math.Gamma(float64(i)+0.5)))
	}
}
