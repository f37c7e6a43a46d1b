package main

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	// deleting the current key during range is always safe
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i * 2
	}
	visited := 0
	for k, v := range m {
		if v != k*2 {
			println("bad value")
		}
		delete(m, k)
		visited++
	}
	println(visited, len(m))

	// updating values of existing keys during range
	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range m2 {
		m2[k] *= 10
	}
	println(m2["a"], m2["b"], m2["c"], len(m2))

	// range copies the value
	for _, v := range m2 {
		v++
		_ = v
	}
	println(m2["a"])

	// deleting a key not yet visited means it is never produced
	m3 := map[int]bool{}
	for i := 0; i < 8; i++ {
		m3[i] = true
	}
	seen := map[int]bool{}
	for k := range m3 {
		seen[k] = true
		delete(m3, k^1) // pairs (0,1), (2,3), ...
	}
	// exactly one of each pair survives and was seen
	println(len(m3), len(seen))
	var keys []int
	for k := range m3 {
		keys = append(keys, k)
		if !seen[k] {
			println("survivor not seen")
		}
	}
	println(len(keys))

	// range over a map assigned to another variable: same map
	alias := m2
	for k := range alias {
		delete(m2, k)
	}
	println(len(alias), len(m2))

	// collect and sort keys for deterministic output
	m4 := map[int]string{42: "x", -7: "y", 0: "z", 13: "w"}
	var ks []int
	for k := range m4 {
		ks = append(ks, k)
	}
	sortInts(ks)
	for _, k := range ks {
		print(k, "=", m4[k], " ")
	}
	println()

}
