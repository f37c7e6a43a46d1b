// Sin, Cos, Tan, Sincos, Asin, Acos, Atan, Atan2: pure Go on amd64, so exact bits.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func exact(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

func inputs() []float64 {
	base := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		5e-324, 2.2250738585072014e-308, 1e-300, 1e-20, 1e-9, 1e-5, 0.001, 0.1, 0.25, 0.4, 0.5,
		0.66, 0.7, 0.9, 0.999, 1, 1.0000001, 1.5, math.Pi / 4, math.Pi / 2, 2, 2.5, 3, math.Pi,
		4, 5.5, 7, 10, 20, 100, 1000, 1e5, 1e9, 1 << 29, 1<<29 + 0.5, 1e15, 1e19, 1e22, 1e100,
		1e300, math.MaxFloat64}
	var xs []float64
	for _, x := range base {
		xs = append(xs, x)
		if x != 0 && x == x && !math.IsInf(x, 0) {
			xs = append(xs, -x)
		}
	}
	for i := 0; i < 120; i++ {
		xs = append(xs, float64(i)*0.2071-12.4)
	}
	return xs
}

func main() {
	xs := inputs()
	for _, x := range xs {
		s, c := math.Sincos(x)
		fmt.Println(exact(x), exact(math.Sin(x)), exact(math.Cos(x)), exact(math.Tan(x)), exact(s), exact(c))
	}
	for _, x := range xs {
		fmt.Println(exact(x), exact(math.Asin(x)), exact(math.Acos(x)), exact(math.Atan(x)))
	}
	ys := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.3, -2.5, 1e-300, 1e300}
	for _, y := range ys {
		for _, x := range ys {
			fmt.Println("atan2", exact(y), exact(x), exact(math.Atan2(y, x)))
		}
	}
	for i := 0; i < 40; i++ {
		y := float64(i)*0.37 - 7
		fmt.Println("atan2", exact(y), exact(math.Atan2(y, 1.3)), exact(math.Atan2(1.3, y)))
	}
}
