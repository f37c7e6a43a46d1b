package main

func At[T any](xs []T, i int) T {
	return xs[i]
}

func Sum[T ~int](xs []T, n int) T {
	var s T
	for i := 0; i < n; i++ {
		s += At(xs, i)
	}
	return s
}

func main() {
	xs := []int{1, 2, 3}
	println(At(xs, 0), At([]string{"a", "b"}, 1))
	println(Sum(xs, 3))
	println(Sum(xs, 5))
	println("unreachable")
}
