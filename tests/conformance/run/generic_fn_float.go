package main

type Float interface {
	~float32 | ~float64
}

func Sqrt[T Float](x T) T {
	if x == 0 {
		return x
	}
	z := x
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func Lerp[T Float](a, b, t T) T { return a + (b-a)*t }

func Accumulate[T Float](step T, n int) T {
	var s T
	for i := 0; i < n; i++ {
		s += step
	}
	return s
}

func IsNaN[T Float](x T) bool { return x != x }

func Div[T Float](a, b T) T { return a / b }

type Weight float32

func main() {
	println(Sqrt(2.0), Sqrt(float32(2)), Sqrt(Weight(9)))
	println(Sqrt(2.0)*Sqrt(2.0) == 2, float64(Sqrt(float32(2))) == Sqrt(2.0))
	println(Lerp(0.0, 10.0, 0.25), Lerp(float32(1), 2, 0.5))
	println(Accumulate(0.1, 10), Accumulate(float32(0.1), 10))
	println(Accumulate(0.1, 10) == 1, Accumulate(float32(0.1), 10) == 1)
	var zero float64
	inf := Div(1, zero)
	println(inf, Div(-1, zero), IsNaN(Div(zero, zero)), IsNaN(inf))
	var fz float32
	println(Div(float32(1), fz) > 1e38, IsNaN(Div(fz, fz)))
	big := Div(float32(3e38), 0.1)
	println(big, float64(big) > 1e300)
	println(Div(Weight(1), 3), Div(1.0, 3.0))
}
