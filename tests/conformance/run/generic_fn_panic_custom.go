package main

type Code string

func Must[T any](v T, ok bool, why Code) T {
	if !ok {
		panic(why)
	}
	return v
}

func Lookup[K comparable, V any](m map[K]V, k K) (V, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	m := map[string]int{"a": 1}
	println(Must(m["a"], true, "missing a"))
	v, ok := Lookup(m, "b")
	println(v, ok)
	println(Must(v, ok, "missing b"))
}
