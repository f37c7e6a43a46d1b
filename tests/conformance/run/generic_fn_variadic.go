package main

func Count[T any](xs ...T) int { return len(xs) }

func Sum[T ~int | ~float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Concat[T any](prefix []T, more ...T) []T {
	out := append([]T{}, prefix...)
	return append(out, more...)
}

func Last[T any](def T, xs ...T) T {
	if len(xs) == 0 {
		return def
	}
	return xs[len(xs)-1]
}

func IsNil[T any](xs ...T) bool { return xs == nil }

func main() {
	println(Count(1, 2, 3), Count("a"), Count[int](), Count[string]())
	println(Sum(1, 2, 3, 4), Sum(1.5, 2.5), Sum[int]())
	nums := []int{10, 20, 30}
	println(Sum(nums...), Count(nums...))
	c := Concat([]string{"a"}, "b", "c")
	println(len(c), c[0], c[1], c[2])
	c2 := Concat([]int{1, 2})
	println(len(c2))
	c3 := Concat(nil, 5.5, 6.5)
	println(len(c3), c3[1])
	println(Last("none"), Last("none", "x", "y"))
	println(Last(0, nums...))
	println(IsNil[int](), IsNil(1), IsNil([]int(nil)...))

	ns := nums[:2]
	s := Concat(ns, 99)
	s[0] = -1
	println(nums[0], nums[2], s[0], s[2])
}
