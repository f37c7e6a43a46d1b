package main

func main() {
	// append to slices stored in a map
	groups := map[int][]string{}
	words := []string{"a", "bb", "cc", "ddd", "e", "fff"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	println(len(groups), len(groups[1]), len(groups[2]), len(groups[3]), groups[3][1])

	// a slice read from the map shares the backing array
	m := map[string][]int{"s": make([]int, 3, 10)}
	s := m["s"]
	s[0] = 7
	println(m["s"][0])
	m["s"][2] = 9
	println(s[2])

	// appending through the copy does not change the stored length
	s = append(s, 100)
	println(len(s), len(m["s"]), s[3])
	longer := m["s"][:4]
	println(longer[3])

	// replacing the stored slice leaves old copies alone
	m["s"] = []int{1}
	println(len(s), s[0], m["s"][0])

	// missing key gives a nil slice that append accepts
	var none []int = m["missing"]
	println(none == nil, len(none), cap(none))
	m["missing"] = append(m["missing"], 5)
	println(len(m["missing"]), len(m))

	// slices of maps
	rows := []map[string]int{{"a": 1}, {"b": 2}, {}}
	rows[2]["c"] = 3
	rows = append(rows, map[string]int{"d": 4})
	total := 0
	for _, r := range rows {
		for _, v := range r {
			total += v
		}
	}
	println(len(rows), total)

	// map of slices of slices
	deep := map[string][][]int{}
	deep["x"] = append(deep["x"], []int{1})
	deep["x"] = append(deep["x"], []int{2, 3})
	deep["x"][1] = append(deep["x"][1], 4)
	println(len(deep["x"]), len(deep["x"][1]), deep["x"][1][2])
}
