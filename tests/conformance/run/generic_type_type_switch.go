package main

// Type switches with instance types as cases: Box[int] vs Box[string] vs *Box[int] vs Pair.

type Box[T any] struct{ v T }

type Pair[A, B any] struct {
	a A
	b B
}

type List[T any] []T

func classify(x any) string {
	switch v := x.(type) {
	case Box[int]:
		return "Box[int] " + itoa(v.v)
	case Box[string]:
		return "Box[string] " + v.v
	case *Box[int]:
		return "*Box[int] " + itoa(v.v)
	case Box[Box[int]]:
		return "Box[Box[int]] " + itoa(v.v.v)
	case Pair[int, string], Pair[string, int]:
		_ = v
		return "some Pair of int and string"
	case List[int]:
		return "List[int] len " + itoa(len(v))
	case []int:
		return "[]int"
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

type MyBox Box[int]

func main() {
	xs := []any{
		Box[int]{42},
		Box[string]{"s"},
		&Box[int]{-7},
		Box[Box[int]]{Box[int]{3}},
		Pair[int, string]{1, "x"},
		Pair[string, int]{"x", 1},
		Pair[int, int]{1, 1},
		List[int]{1, 2, 3},
		[]int{1},
		Box[int64]{1},
		MyBox{1},
		nil,
		&Box[string]{},
	}
	for _, x := range xs {
		println(classify(x))
	}
}
