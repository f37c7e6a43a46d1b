package main

type Keyed interface {
	comparable
	Key() string
}

type ID int

func (i ID) Key() string { return "id" }

type Pt struct{ X, Y int }

func (p Pt) Key() string { return "pt" }

func Uniq[T Keyed](xs []T) (int, string) {
	n := 0
	k := ""
	for i, x := range xs {
		dup := false
		for _, y := range xs[:i] {
			if x == y {
				dup = true
			}
		}
		if !dup {
			n++
			k += x.Key()
		}
	}
	return n, k
}

func Classify[T ~int | ~int8](x T) string {
	switch x {
	case 0:
		return "zero"
	case 1, 2:
		return "small"
	case -1:
		return "neg one"
	}
	return "other"
}

func Which[T any](x T) string {
	switch any(x).(type) {
	case T:
		return "T"
	}
	return "?"
}

func Find2[T comparable](grid [][]T, v T) (int, int) {
	for i, row := range grid {
		for j, x := range row {
			if x == v {
				return i, j
			}
		}
	}
	return -1, -1
}

func NaNEq[T ~float64 | ~float32](x T) (bool, bool) {
	var a, b any = x, x
	return x == x, a == b
}

func main() {
	println(Uniq([]ID{1, 2, 1, 3}))
	println(Uniq([]Pt{{1, 1}, {1, 1}}))
	println(Classify(0), Classify(int8(2)), Classify(-1), Classify(ID(9)))
	println(Which(1), Which("s"), Which[any](nil))
	println(Find2([][]string{{"a", "b"}, {"c", "d"}}, "d"))
	var z float64
	println(NaNEq(z / z))
	println(NaNEq(float32(1)))
}
