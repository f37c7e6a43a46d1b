package main

func main() {
	groups := map[string]map[string]int{}
	groups["a"] = map[string]int{"x": 1}
	groups["a"]["y"] = 2
	println(len(groups["a"]), groups["a"]["y"])
	println(groups["b"]["x"], len(groups["b"]))
	inner, ok := groups["b"]
	println(inner == nil, ok)
	for k, v := range groups["b"] {
		println("never", k, v)
	}
	total := 0
	for _, m := range groups {
		total += len(m)
	}
	println("total", total)
	groups["b"]["x"] = 3
	println("not reached")
}
