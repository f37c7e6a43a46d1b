// Pseudo-random arguments (a fixed xorshift sequence) for the functions that
// are pure Go on amd64 (and FMA, exact), compared bit for bit.
package main

import (
	"fmt"
	"math"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// randFloat returns a finite float64 with a random sign, mantissa, and an
// exponent spread over [-lo, hi].
func randFloat(lo, hi int) float64 {
	r := next()
	e := int(r%uint64(lo+hi+1)) - lo
	m := float64(next()>>11) / (1 << 53)
	x := math.Ldexp(0.5+m/2, e)
	if r&(1<<40) != 0 {
		x = -x
	}
	return x
}

func main() {
	var h uint64
	mix := func(x float64) { h = (h ^ math.Float64bits(x)) * 0x100000001B3 }
	for i := 0; i < 3000; i++ {
		x := randFloat(30, 12)
		s, c := math.Sincos(x)
		mix(math.Sin(x))
		mix(math.Cos(x))
		mix(math.Tan(x))
		mix(s)
		mix(c)
		mix(math.Atan(x))
		mix(math.Atan2(x, randFloat(10, 10)))
		mix(math.Asin(x / 4096))
		mix(math.Acos(x / 4096))
		mix(math.Atanh(x / 4096))
		mix(math.Expm1(x / 64))
		mix(math.Log1p(math.Abs(x)))
		mix(math.Exp2(x / 8))
		mix(math.Remainder(x, randFloat(10, 10)))
		mix(math.Logb(x))
		if i%100 == 0 {
			fmt.Printf("%d %x %x\n", i, math.Float64bits(x), h)
		}
	}
	for i := 0; i < 200; i++ {
		x := randFloat(0, 1000)
		mix(math.Sin(x))
		mix(math.Cos(x))
		mix(math.Tan(x))
	}
	fmt.Printf("huge %x\n", h)
	for i := 0; i < 20000; i++ {
		x, y, z := randFloat(600, 600), randFloat(600, 600), randFloat(1100, 1100)
		if i%3 == 0 {
			z = -x * y
		}
		mix(math.FMA(x, y, z))
		if i%1000 == 0 {
			fmt.Printf("fma %d %x\n", i, h)
		}
	}
	for i := 0; i < 20000; i++ {
		// Products and sums near and below the smallest normal.
		x, y := math.Ldexp(randFloat(0, 0), -500-int(next()%40)), math.Ldexp(randFloat(0, 0), -500-int(next()%40))
		z := math.Ldexp(randFloat(0, 0), -1000-int(next()%80))
		if i%4 == 0 {
			z = -x * y
		}
		mix(math.FMA(x, y, z))
	}
	fmt.Printf("end %x\n", h)
}
