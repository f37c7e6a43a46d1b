package main

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	m["b"]++
	println(len(m), m["a"], m["b"], m["c"], m["zzz"])
	v, ok := m["c"]
	println(v, ok)
	v, ok = m["d"]
	println(v, ok)
	delete(m, "c")
	delete(m, "nope")
	_, ok = m["c"]
	println(len(m), ok)
	var nilMap map[string]int
	println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	for k, v := range nilMap {
		println("never", k, v)
	}
	m2 := make(map[int]string, 100)
	println(len(m2))
	m2[1] = "one"
	m3 := m2
	m3[2] = "two"
	println(len(m2), m2[2])
}
