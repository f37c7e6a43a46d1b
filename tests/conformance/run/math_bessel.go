// J0, J1, Jn, Y0, Y1, Yn. These call Log (assembly in Go on amd64, possibly
// differing in the last bit), so they are printed to 12 digits. Go's amd64 Log is
// wrong for subnormal arguments, which are left out.
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
		1e-300, 1e-20, 1e-9, 1e-5, 0.001, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 8, 10, 20,
		100, 1e5, 1e9, 1e20, 1e300}
	var xs []float64
	for _, x := range base {
		xs = append(xs, x)
		if x != 0 && x == x && !math.IsInf(x, 0) {
			xs = append(xs, -x)
		}
	}
	for i := 0; i < 80; i++ {
		xs = append(xs, float64(i)*0.1531)
	}
	for _, x := range xs {
		fmt.Println(exact(x), approx(math.J0(x)), approx(math.J1(x)), approx(math.Y0(x)), approx(math.Y1(x)))
	}
	for _, n := range []int{-3, -2, -1, 0, 1, 2, 3, 5, 10, 50} {
		for _, x := range xs {
			fmt.Println(n, exact(x), approx(math.Jn(n, x)), approx(math.Yn(n, x)))
		}
	}
}
