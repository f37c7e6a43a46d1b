package main

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Counts[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Without[K comparable, V any](m map[K]V, keys ...K) map[K]V {
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	for _, k := range keys {
		delete(out, k)
	}
	return out
}

func SortedKeys[V any](m map[int]V) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func main() {
	g := GroupBy([]string{"go", "js", "rust", "c", "zig", "wasm"}, func(s string) int { return len(s) })
	for _, k := range SortedKeys(g) {
		print(k, ":")
		for _, s := range g[k] {
			print(" ", s)
		}
		println()
	}
	c := Counts([]string{"a", "b", "a", "c", "a", "b"})
	println(len(c), c["a"], c["b"], c["c"], c["zz"])
	ci := Counts([]int{5, 5, 5})
	println(len(ci), ci[5])

	w := Without(map[int]string{1: "one", 2: "two", 3: "three"}, 2, 4)
	println(len(w), w[1], w[3], w[2] == "")
	for _, k := range SortedKeys(w) {
		println(k, w[k])
	}

	type pos struct{ r, c int }
	cp := Counts([]pos{{0, 0}, {1, 1}, {0, 0}})
	println(len(cp), cp[pos{0, 0}], cp[pos{1, 1}])
}
