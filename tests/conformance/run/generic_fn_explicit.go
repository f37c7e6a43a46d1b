package main

func Zero[T any]() T {
	var z T
	return z
}

func Twice[T ~int | ~int8 | ~float64 | ~uint16](x T) T {
	return x + x
}

func Pair[A, B any](a A, b B) (A, B) {
	return a, b
}

func Repeat[T any](v T, n int) []T {
	out := []T{}
	for i := 0; i < n; i++ {
		out = append(out, v)
	}
	return out
}

type Label string

func main() {
	println(Zero[int](), Zero[string]() == "", Zero[bool](), Zero[float64]())
	arr := Zero[[3]int]()
	println(Zero[*int]() == nil, Zero[[]int]() == nil, len(arr), arr[2])

	println(Twice[int](1000), Twice[int8](100), Twice[uint16](40000), Twice[float64](7)/4)

	a, b := Pair[int, string](1, "x")
	println(a, b)
	c, d := Pair[float64, Label](2, "lbl")
	println(c, d)

	r := Repeat[int8](3, 4)
	println(len(r), r[0]+r[3])
	ls := Repeat[Label]("ab", 3)
	println(ls[0]+ls[1]+ls[2], len(ls))

	r2 := Repeat[float64](1, 2)
	println(r2[0] / 3)

	var nothing = Repeat[string]("z", 0)
	println(len(nothing), nothing == nil)
}
