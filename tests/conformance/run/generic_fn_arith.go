package main

type Int interface {
	~int | ~int16 | ~int64 | ~uint32
}

func Ops[T Int](a, b T) (T, T, T, T, T) {
	return a + b, a - b, a * b, a / b, a % b
}

func FOps[T ~float32 | ~float64](a, b T) (T, T, T, T) {
	return a + b, a - b, a * b, a / b
}

func Poly[T ~int | ~float64](x T) T {
	return 3*x*x - 2*x + 1
}

func Negate[T ~int | ~float64](x T) T { return -x }

func Cat[T ~string](a, b T) T {
	a += b
	return a + "."
}

func Compound[T Int](x T) T {
	x += 10
	x *= 3
	x -= 4
	x /= 2
	x %= 7
	x <<= 2
	return x
}

type Name string

func main() {
	println(Ops(17, 5))
	println(Ops(-17, 5))
	println(Ops(int16(300), int16(-7)))
	println(Ops(uint32(17), uint32(5)))
	println(Ops(int64(1)<<40, int64(3)))
	println(FOps(1.5, 0.5))
	println(FOps(float32(1), float32(3)))
	println(Poly(2), Poly(-1), Poly(0.5))
	println(Negate(5), Negate(-2.5))
	println(Cat("ab", "cd"), Cat(Name("x"), "y"))
	println(Compound(5), Compound(int16(-20)), Compound(uint32(1)))
}
