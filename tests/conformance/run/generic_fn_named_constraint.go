package main

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Integer interface {
	Signed | Unsigned
}

type Float interface {
	~float32 | ~float64
}

type Ordered interface {
	Integer | Float | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Gcd[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func SumSq[T Integer | Float](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x * x
	}
	return s
}

type ID uint16

func main() {
	println(Max(3, 7), Max(-1.5, -2.5), Max("apple", "banana"), Max(ID(9), 4))
	println(Max[int8](-128, 127), Max[uint64](1<<63, 5))
	println(Gcd(48, 18), Gcd(uint8(200), 150), Gcd(ID(1024), 96), Gcd(int64(-12), 8))
	println(SumSq(1, 2, 3), SumSq(0.5, 1.5), SumSq[uint8](10, 10, 10))
	println(SumSq[float32](0.1, 0.2) > 0.05)
}
