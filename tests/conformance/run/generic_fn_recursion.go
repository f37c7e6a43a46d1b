package main

type Ordered interface {
	~int | ~float64 | ~string
}

func QuickSort[T Ordered](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	pivot := xs[0]
	var less, more []T
	for _, x := range xs[1:] {
		if x < pivot {
			less = append(less, x)
		} else {
			more = append(more, x)
		}
	}
	out := append(QuickSort(less), pivot)
	return append(out, QuickSort(more)...)
}

func Pow[T ~int | ~float64](b T, n int) T {
	if n == 1 {
		return b
	}
	h := Pow(b, n/2)
	if n%2 == 0 {
		return h * h
	}
	return h * h * b
}

func Depth[T any](x T, n int) int {
	if n == 0 {
		return 0
	}
	return 1 + Depth(x, n-1)
}

func BinSearch[T Ordered](xs []T, v T, lo, hi int) int {
	if lo >= hi {
		return -1
	}
	mid := (lo + hi) / 2
	if xs[mid] == v {
		return mid
	}
	if xs[mid] < v {
		return BinSearch(xs, v, mid+1, hi)
	}
	return BinSearch(xs, v, lo, mid)
}

func IsEven[T ~int](n T) bool {
	if n == 0 {
		return true
	}
	return IsOdd(n - 1)
}

func IsOdd[T ~int](n T) bool {
	if n == 0 {
		return false
	}
	return IsEven(n - 1)
}

func main() {
	s := QuickSort([]int{5, 3, 8, 1, 9, 2, 7})
	println(s[0], s[1], s[2], s[3], s[4], s[5], s[6])
	w := QuickSort([]string{"kiwi", "fig", "apple", "date"})
	println(w[0], w[1], w[2], w[3])
	f := QuickSort([]float64{0.5, -1, 0.25})
	println(f[0], f[1], f[2])
	println(Pow(2, 10), Pow(3, 5), Pow(1.5, 2), Pow(-2, 3))
	println(Depth("x", 50), Depth(1.0, 3))
	println(BinSearch(s, 7, 0, len(s)), BinSearch(s, 4, 0, len(s)), BinSearch(w, "kiwi", 0, len(w)))
	println(IsEven(10), IsOdd(7), IsEven(3))
}
