package main

type Number interface {
	~int | ~int8 | ~int32 | ~uint8 | ~uint16 | ~float32 | ~float64
}

func ToFloat[T Number](x T) float64 { return float64(x) }

func ToInt[T Number](x T) int { return int(x) }

func From[T Number](x float64) T { return T(x) }

func Scale[T Number](x T, f float64) T { return T(float64(x) * f) }

func Avg[T Number](xs []T) T {
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return T(s / float64(len(xs)))
}

type Temp float32

func Runes[T ~int32 | ~uint8](x T) string { return string(rune(x)) }

type Str string

func Bytes[T ~string](s T) []byte { return []byte(s) }

func FromBytes[T ~string](b []byte) T { return T(b) }

func main() {
	println(ToFloat(3), ToFloat(int8(-4)), ToFloat(uint8(200)), ToFloat(Temp(1.5)))
	println(ToInt(3.99), ToInt(-3.99), ToInt(uint16(65535)), ToInt(int8(-128)))
	println(From[int](2.9), From[int8](-100.5), From[uint8](255), From[float32](0.1) == 0.1)
	println(From[float64](0.1) == 0.1, From[Temp](2.5))
	println(Scale(10, 1.5), Scale(uint8(100), 2.5), Scale(2.0, 0.5))
	println(Avg([]int{1, 2, 4}), Avg([]float64{1, 2, 4}), Avg([]int8{-3, -4}))
	println(Runes('A'), Runes(byte('z')), Runes(int32(0x4e16)))
	b := Bytes(Str("hey"))
	println(len(b), b[0], b[2])
	println(FromBytes[Str]([]byte{'o', 'k'}), len(FromBytes[string](nil)))
}
