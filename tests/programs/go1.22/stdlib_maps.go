package main

import (
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	ks := maps.Keys(m)
	slices.Sort(ks)
	vs := maps.Values(m)
	slices.Sort(vs)
	println(len(ks), ks[0], ks[2], vs[0], vs[2])
	c := maps.Clone(m)
	println(maps.Equal(m, c), len(c))
	c["d"] = 4
	println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	println(len(c), c["a"], c["c"])
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	println(len(dst), dst["b"])
	println(maps.EqualFunc(m, map[string]float64{"a": 1, "b": 2, "c": 3}, func(a int, b float64) bool { return float64(a) == b }))
	var nilMap map[string]int
	println(maps.Clone(nilMap) == nil)
}
