package main

func Scale[T ~int8 | ~int16 | ~int | ~float64](x T) T {
	const k = 3
	return x*k + 1
}

func Mask[T ~uint8 | ~uint16](x T) T {
	return x & 0x7F
}

func Limit[T ~int8 | ~int16](x T) T {
	const hi = 100
	if x > hi {
		return hi
	}
	if x < -hi {
		return -hi
	}
	return x
}

func Pct[T ~float32 | ~float64](x T) T {
	return x * 100 / 8
}

func Shift[T ~int | ~uint8](n uint) T {
	return T(1) << n
}

func Typed[T ~int | ~float64](x T) T {
	var one T = 1
	two := T(2)
	return x/two + one
}

func main() {
	println(Scale(2), Scale(int8(50)), Scale(int16(-3)), Scale(0.5))
	println(Mask(uint8(0xFF)), Mask(uint16(0x1234)))
	println(Limit(int8(127)), Limit(int16(-500)), Limit(int8(-5)))
	println(Pct(1.0), Pct(float32(3)))
	println(Shift[int](10), Shift[uint8](7), Shift[uint8](8), Shift[int](63))
	println(Typed(7), Typed(7.0), Typed(-7))
}
