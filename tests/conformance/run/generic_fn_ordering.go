package main

type Ordered interface {
	~int | ~int8 | ~uint | ~float64 | ~string
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Clamp[T Ordered](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

func Cmp[T Ordered](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func Relations[T Ordered](a, b T) string {
	s := ""
	if a < b {
		s += "<"
	}
	if a <= b {
		s += "<="
	}
	if a > b {
		s += ">"
	}
	if a >= b {
		s += ">="
	}
	if a == b {
		s += "=="
	}
	if a != b {
		s += "!="
	}
	return s
}

func IsSorted[T Ordered](xs []T) bool {
	for i := 1; i < len(xs); i++ {
		if xs[i] < xs[i-1] {
			return false
		}
	}
	return true
}

func main() {
	println(Min(3, 2), Min(int8(-128), 0), Min(uint(1), 1<<63), Min("b", "ab"), Min(2.5, 2.25))
	println(Clamp(15, 0, 10), Clamp(-3, 0, 10), Clamp(5, 0, 10), Clamp("m", "a", "k"))
	println(Cmp(1, 2), Cmp("b", "a"), Cmp(0.5, 0.5), Cmp(int8(-1), 1), Cmp(uint(0), 1<<64-1))
	println(Relations(1, 2), Relations(2, 1), Relations(2, 2))
	println(Relations("abc", "abd"), Relations("", ""), Relations("z", "Z"))
	println(Relations(-0.0, 0.0), Relations(uint(1<<63), uint(1)))
	println(IsSorted([]int{1, 2, 2, 3}), IsSorted([]string{"a", "c", "b"}), IsSorted([]float64{}))
}
