package main

func Inc[T ~int | ~uint8 | ~float64](x T) T {
	x++
	return x
}

func Dec[T ~int8 | ~uint16](x T) T {
	x--
	return x
}

func CountUp[T ~int | ~int8](from T, n int) T {
	for i := 0; i < n; i++ {
		from++
	}
	return from
}

func IncPtr[T ~int | ~float64](p *T) {
	*p++
}

func Bump[T ~uint8](xs []T) {
	for i := range xs {
		xs[i]++
	}
}

type Level uint8

func main() {
	println(Inc(1), Inc(uint8(255)), Inc(1.5), Inc(Level(7)))
	println(Dec(int8(-128)), Dec(uint16(0)), Dec(int8(5)))
	println(CountUp(0, 10), CountUp(int8(120), 10))
	n := 41
	IncPtr(&n)
	f := 0.5
	IncPtr(&f)
	println(n, f)
	xs := []Level{0, 254, 255}
	Bump(xs)
	println(xs[0], xs[1], xs[2])
}
