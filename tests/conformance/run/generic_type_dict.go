package main

// Generic named map type Dict[K, V] with methods; nil map reads, make, delete, len.

type Dict[K comparable, V any] map[K]V

func (d Dict[K, V]) GetOr(k K, def V) V {
	if v, ok := d[k]; ok {
		return v
	}
	return def
}

func (d Dict[K, V]) Has(k K) bool {
	_, ok := d[k]
	return ok
}

func (d Dict[K, V]) Set(k K, v V) Dict[K, V] {
	d[k] = v
	return d
}

func (d *Dict[K, V]) Init() {
	if *d == nil {
		*d = make(Dict[K, V])
	}
}

func (d Dict[K, V]) Count(pred func(K, V) bool) int {
	n := 0
	for k, v := range d {
		if pred(k, v) {
			n++
		}
	}
	return n
}

func Invert[K, V comparable](d Dict[K, V]) Dict[V, K] {
	out := make(Dict[V, K], len(d))
	for k, v := range d {
		out[v] = k
	}
	return out
}

func main() {
	var d Dict[string, int]
	println(d == nil, len(d), d.GetOr("x", -1), d.Has("x"))
	d.Init()
	d.Set("a", 1).Set("b", 2).Set("c", 3)
	println(len(d), d.GetOr("b", -1), d.GetOr("z", -1), d["c"])
	delete(d, "a")
	println(d.Has("a"), len(d))
	println(d.Count(func(k string, v int) bool { return v > 2 }))

	inv := Invert(d)
	println(inv[2], inv[3], len(inv))

	m := map[string]int(d)
	m["q"] = 9
	println(d["q"])

	lit := Dict[int, []string]{1: {"x"}, 2: nil}
	lit[1] = append(lit[1], "y")
	println(len(lit[1]), lit[2] == nil, lit.Has(2), lit.GetOr(3, []string{"def"})[0])

	counts := Dict[rune, int]{}
	for _, r := range "hello world" {
		counts[r]++
	}
	println(counts['l'], counts['o'], counts.GetOr('z', 0), len(counts))
}
