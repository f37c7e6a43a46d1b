package main

type Point struct{ X, Y int }

func wordCount(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func main() {
	counts := wordCount([]string{"go", "wasm", "go", "js", "go", "wasm"})
	println(len(counts), counts["go"], counts["wasm"], counts["js"], counts["rust"])
	v, ok := counts["js"]
	println(v, ok)
	_, ok = counts["c"]
	println(ok)
	delete(counts, "js")
	println(len(counts))
	grid := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	grid[Point{5, 6}] = "c"
	println(grid[Point{3, 4}], len(grid), grid[Point{9, 9}] == "")
	sum := 0
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		sum += k * v
	}
	println(sum)
	var nilMap map[string]bool
	println(nilMap == nil, len(nilMap), nilMap["x"])
	fs := map[float64]int{}
	fs[0.5] = 1
	fs[-0.0] = 2
	fs[0.0] = 3
	println(len(fs), fs[0], fs[0.5])
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["a"] = append(nested["a"], 3)
	println(len(nested["a"]), nested["a"][2])
	byLen := make(map[int]map[string]bool, 4)
	for _, w := range []string{"hi", "yo", "hey"} {
		if byLen[len(w)] == nil {
			byLen[len(w)] = map[string]bool{}
		}
		byLen[len(w)][w] = true
	}
	println(len(byLen[2]), len(byLen[3]), byLen[2]["yo"])
	for k := range counts {
		delete(counts, k)
	}
	println(len(counts))
	var m2 map[string]int
	m2["boom"] = 1
}
