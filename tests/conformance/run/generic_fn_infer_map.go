package main

func Lookup[K comparable, V any](m map[K]V, k K) (V, bool) {
	v, ok := m[k]
	return v, ok
}

func SumValues[K comparable](m map[K]int) int {
	s := 0
	for _, v := range m {
		s += v
	}
	return s
}

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func CountKeys[K comparable, V any](m map[K]V, keys []K) int {
	n := 0
	for _, k := range keys {
		if _, ok := m[k]; ok {
			n++
		}
	}
	return n
}

type point struct{ x, y int }

func main() {
	ages := map[string]int{"ann": 31, "bob": 42}
	a, ok := Lookup(ages, "ann")
	println(a, ok)
	a, ok = Lookup(ages, "zed")
	println(a, ok)

	names := map[int]string{1: "one", 2: "two"}
	s, ok2 := Lookup(names, 2)
	println(s, ok2)
	s, ok2 = Lookup(names, 3)
	println(len(s), ok2)

	println(SumValues(ages))
	println(SumValues(map[point]int{{1, 2}: 5, {3, 4}: 6}))

	inv := Invert(names)
	println(inv["one"], inv["two"], len(inv))

	grid := map[point]bool{{0, 0}: true, {1, 1}: false}
	println(CountKeys(grid, []point{{0, 0}, {1, 0}, {1, 1}}))
	g, ok3 := Lookup(grid, point{1, 1})
	println(g, ok3)

	var empty map[string]float64
	f, ok4 := Lookup(empty, "x")
	println(f, ok4)
}
