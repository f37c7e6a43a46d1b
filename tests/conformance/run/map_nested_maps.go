package main

func sortStrings(xs []string) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func add(g map[string]map[string]bool, from, to string) {
	inner, ok := g[from]
	if !ok {
		inner = map[string]bool{}
		g[from] = inner
	}
	inner[to] = true
}

func main() {
	graph := map[string]map[string]bool{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}, {"d", "a"}, {"a", "b"}}
	for _, e := range edges {
		add(graph, e[0], e[1])
	}
	var nodes []string
	for n := range graph {
		nodes = append(nodes, n)
	}
	sortStrings(nodes)
	for _, n := range nodes {
		var out []string
		for m := range graph[n] {
			out = append(out, m)
		}
		sortStrings(out)
		line := n + " ->"
		for _, m := range out {
			line += " " + m
		}
		println(line)
	}
	println(graph["a"]["c"], graph["c"]["b"], graph["zz"]["a"], len(graph["zz"]))
	delete(graph["a"], "b")
	delete(graph, "d")
	println(len(graph), len(graph["a"]))
	m := map[int]map[int]int{}
	for i := 1; i <= 3; i++ {
		m[i] = map[int]int{}
		for j := 1; j <= 3; j++ {
			m[i][j] = i * j
		}
	}
	s := 0
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	println(s)
}
