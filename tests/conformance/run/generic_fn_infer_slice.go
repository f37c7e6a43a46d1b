package main

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func First[T any](xs []T) T {
	return xs[0]
}

func Last[T any](xs []T) T {
	return xs[len(xs)-1]
}

func Count[T any](xs [][]T) int {
	n := 0
	for _, row := range xs {
		n += len(row)
	}
	return n
}

type Celsius float64

func main() {
	println(Sum([]int{1, 2, 3, 4}))
	println(Sum([]int32{100, 200, -50}))
	println(Sum([]int64{1 << 40, 1 << 40}))
	println(Sum([]float64{0.5, 0.25, 0.125}))
	println(Sum([]Celsius{10.5, 20.25}))
	println(Sum([]int{}))
	println(First([]string{"a", "b", "c"}), Last([]string{"a", "b", "c"}))
	println(First([]bool{true, false}), Last([]bool{true, false}))
	println(First([][]int{{7, 8}, {9}})[1])
	println(Count([][]string{{"x", "y"}, {}, {"z"}}))
	var nilRows [][]float64
	println(Count(nilRows))
	c := Sum([]Celsius{1, 2})
	var f float64 = float64(c) * 2
	println(f)
}
