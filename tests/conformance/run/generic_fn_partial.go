package main

func MakeMap[K comparable, V any](k K, v V) map[K]V {
	return map[K]V{k: v}
}

func Apply[R, T any](x T, f func(T) R) R {
	return f(x)
}

func Pair[A, B any](a A, b B) (A, B) {
	return a, b
}

func Tag[T any, S ~[]T](s S, v T) (S, T) {
	return s, v
}

func Repeat[T any, U any](v T, n int, tag U) ([]T, U) {
	out := make([]T, n)
	for i := 0; i < n; i++ {
		out[i] = v
	}
	return out, tag
}

type Small int8

func main() {
	m := MakeMap[int8](100, "x")
	println(len(m), m[100])
	m2 := MakeMap[string, float64]("k", 2)
	println(m2["k"] / 4)

	r := Apply[float64](3, func(n int) float64 { return float64(n) / 2 })
	println(r)
	b := Apply[bool]("abc", func(s string) bool { return len(s) == 3 })
	println(b)

	a1, b1 := Pair[Small](-128, "s")
	a1 -= 1
	println(a1, b1)
	a2, b2 := Pair[float64](1, 2)
	println(a2/3, b2/3)
	a3, b3 := Pair[uint8, int8](255, -1)
	println(a3+1, b3-1)

	rs, tag := Repeat[float64](1, 3, "tag")
	println(len(rs), rs[0]/8, tag)
	rs2, tag2 := Repeat[uint8](200, 2, 1.5)
	println(rs2[0]+rs2[1], tag2)

	s, t := Tag[string](make([]string, 3), "q")
	s[1] = t
	println(len(s), s[1]+t)
	type Bytes []byte
	bs, bt := Tag[byte](Bytes{1, 2}, 255)
	println(len(bs), bs[1]+bt)
}
