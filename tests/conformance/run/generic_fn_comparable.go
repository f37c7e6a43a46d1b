package main

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Dedup[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Equal[T comparable](a, b T) bool { return a == b }

func NotEqual[T comparable](a, b T) bool { return a != b }

type pt struct {
	x, y int
	tag  byte
}

func main() {
	println(Index([]int{4, 5, 6}, 6), Index([]int{4, 5, 6}, 7))
	println(Index([]string{"a", "bc", "d"}, "bc"))
	println(Index([]pt{{1, 2, 'a'}, {1, 2, 'b'}}, pt{1, 2, 'b'}))
	println(Index([][2]int{{1, 2}, {3, 4}}, [2]int{3, 4}))
	a, b := 1, 1
	println(Index([]*int{&a, &b}, &b), Equal(&a, &b), Equal(&a, &a))
	println(Equal(1.5, 1.5), NotEqual("x", "y"), Equal(true, false))

	d := Dedup([]int{3, 1, 3, 2, 1, 3})
	println(len(d), d[0], d[1], d[2])
	ds := Dedup([]string{"go", "wasm", "go", ""})
	println(len(ds), ds[1], ds[2] == "")
	dp := Dedup([]pt{{0, 0, 0}, {0, 0, 0}, {0, 1, 0}})
	println(len(dp), dp[1].y)

	type key struct {
		p  *int
		ar [2]string
	}
	k1 := key{&a, [2]string{"u", "v"}}
	k2 := key{&a, [2]string{"u", "v"}}
	k3 := key{&b, [2]string{"u", "v"}}
	println(Equal(k1, k2), Equal(k1, k3), Index([]key{k3, k2}, k1))
}
