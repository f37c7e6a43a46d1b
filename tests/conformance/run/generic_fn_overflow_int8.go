package main

type Int interface {
	~int8 | ~int16 | ~uint8 | ~int32
}

func Add[T Int](a, b T) T { return a + b }

func Mul[T Int](a, b T) T { return a * b }

func Neg[T Int](a T) T { return -a }

func Div[T Int](a, b T) T { return a / b }

func Shl[T Int](a T, n uint) T { return a << n }

func SumAll[T Int](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Loop[T Int](start T, n int) T {
	v := start
	for i := 0; i < n; i++ {
		v += 1
	}
	return v
}

type Tiny int8

func main() {
	println(Add(int8(127), 1), Add(int8(-128), -1), Add(uint8(250), 10))
	println(Mul(int8(64), 2), Mul(int8(16), 16), Mul(uint8(16), 17), Mul(int16(300), 300))
	println(Neg(int8(-128)), Neg(uint8(1)), Neg(int16(-32768)))
	println(Div(int8(-128), -1), Div(int32(-2147483648), -1))
	println(Shl(int8(1), 7), Shl(uint8(3), 7), Shl(int8(5), 8), Shl(int16(1), 20))
	println(SumAll[int8](100, 100, 100), SumAll[uint8](200, 100))
	println(Loop(int8(120), 10), Loop(uint8(0), 300), Loop(Tiny(0), 128))
	var t Tiny = Add(Tiny(100), Tiny(100))
	println(t, t < 0)
	x := Mul(int32(1<<16), 1<<16)
	println(x, Add(int32(2147483647), 1))
}
