package main

import (
	"fmt"
	"math"
)

type Meters float64

func main() {
	verbs := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%8.3f", "%-10.2e|", "%+.3g", "% .1f", "%010.3f", "%+010.2f", "%#g", "%#.3g", "%#.0f", "%#e", "%.0e", "%x", "%X", "%.3x", "%#v", "%b", "%12g", "%-12g|", "%.10g"}
	values := []float64{0, 1, -2.5, 3.141592653589793, 1e6, 1e21, 1e-7, 123456789.125, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range verbs {
		fmt.Printf("%-10q", v)
		for _, x := range values {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}

	// Infinities, NaN and negative zero: never zero-padded, NaN gets a sign only when asked.
	special := []float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	for _, v := range []string{"%v", "%f", "%+f", "% f", "%08.2f", "%-8f|", "%+08e", "%#v", "%x"} {
		fmt.Printf("%-8q", v)
		for _, x := range special {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}

	// float32 uses the shortest representation of the float32 value.
	fmt.Println(float32(0.1), float32(1)/3, float32(16777216), float32(1e-45), float32(3.4e38))
	fmt.Printf("%v %g %e %.3f %#v %x\n", float32(0.1), float32(2.5), float32(1e10), float32(1.0005), float32(7), float32(1))
	fmt.Println(1.0, 100.0, 1e20, 1e21, 1.5e-4, 1e-5, 12345678.9, -0.0)
	fmt.Printf("%v %.2f %T %#v\n", Meters(1.5), Meters(2), Meters(0), Meters(3))
	fmt.Printf("[%*.*f] [%-*.*f] [%.*e]\n", 10, 3, math.Pi, 10, 1, math.E, 4, 6.02214076e23)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Println([]float64{1, 2.5, math.NaN()}, map[float64]string{2: "b", math.NaN(): "nan", -1: "a"})
	fmt.Printf("%d %s %t %c\n", 1.5, 2.5, 3.5, 4.5)
}
