package main

import "math"

func main() {
	println(math.Sqrt(2), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5), math.RoundToEven(3.5))
	println(math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1), math.IsNaN(math.NaN()), math.Signbit(math.Copysign(0, -1)))
	println(math.Max(1, math.NaN()), math.Max(-0.0, 0), math.Signbit(math.Min(0, math.Copysign(0, -1))), math.Max(3, 7), math.Min(3, 7))
	println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2), math.IsNaN(math.Mod(1, 0)))
	println(math.Exp(1), math.Exp(-2.5), math.Exp(710), math.Exp(-800), math.Log(math.E), math.Log(10), math.Log(0), math.IsNaN(math.Log(-1)))
	println(math.Log2(8), math.Log2(10), math.Log10(1000), math.Log10(2))
	println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-2, 3), math.Pow(10, -2), math.Pow(0, -1), math.IsNaN(math.Pow(-8, 1.0/3)), math.Pow(1.5, 2.5))
	println(math.Hypot(3, 4), math.Cbrt(27), math.Cbrt(-8), math.Cbrt(2))
	f, e := math.Frexp(12)
	println(f, e, math.Ldexp(0.75, 4), math.Ldexp(1, -1074) > 0, math.Ldexp(1, 1024))
	println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1), math.Float32frombits(0x40400000))
	ip, fp := math.Modf(-3.25)
	println(ip, fp, math.MaxInt64, math.MinInt8, math.MaxUint32, math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64)
	var u uint64 = math.MaxUint64
	println(u, math.Sqrt(-1) != math.Sqrt(-1))
}
