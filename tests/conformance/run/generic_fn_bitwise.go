package main

type Unsigned interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64
}

func PopCount[T Unsigned](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func Reverse[T Unsigned](x T, bits int) T {
	var r T
	for i := 0; i < bits; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func Ops[T ~int8 | ~uint8 | ~int32](a, b T) (T, T, T, T, T) {
	return a & b, a | b, a ^ b, a &^ b, ^a
}

func Shifts[T ~int8 | ~int64 | ~uint32](x T, n uint) (T, T) {
	return x << n, x >> n
}

type Flags uint8

func Has[T Unsigned](f, bit T) bool { return f&bit != 0 }

func main() {
	println(PopCount(uint8(255)), PopCount(uint16(0x0F0F)), PopCount(uint64(1<<63|1)), PopCount(Flags(5)))
	println(Reverse(uint8(1), 8), Reverse(uint8(0x0F), 8), Reverse(uint32(1), 32), Reverse(uint64(6), 64))
	println(Ops(int8(12), int8(10)))
	println(Ops(uint8(0xF0), uint8(0x3C)))
	println(Ops(int32(-1), int32(0x7F)))
	println(Shifts(int8(-64), 1))
	println(Shifts(int8(-1), 7))
	println(Shifts(int64(-1000), 3))
	println(Shifts(uint32(0x80000001), 4))
	println(Shifts(int8(1), 9))
	f := Flags(0x05)
	println(Has(f, 1), Has(f, 2), Has(f, 4))
}
