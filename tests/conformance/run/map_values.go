package main

type Stats struct {
	Count int
	Tags  []string
}

func main() {
	m := map[string]*Stats{}
	for _, w := range []string{"x", "y", "x"} {
		s, ok := m[w]
		if !ok {
			s = &Stats{}
			m[w] = s
		}
		s.Count++
		s.Tags = append(s.Tags, w)
	}
	println(m["x"].Count, len(m["x"].Tags), m["y"].Count)
	vals := map[string]Stats{"a": {Count: 1}}
	st := vals["a"]
	st.Count = 100
	println(vals["a"].Count)
	vals["a"] = st
	println(vals["a"].Count)
	nested := map[string]map[string]int{}
	nested["outer"] = map[string]int{}
	nested["outer"]["inner"] = 5
	println(nested["outer"]["inner"], nested["missing"]["x"])
	sl := map[int][]int{}
	sl[1] = append(sl[1], 10)
	sl[1] = append(sl[1], 20)
	println(len(sl[1]), sl[1][1], len(sl[2]))
	fm := map[string]func() int{"one": func() int { return 1 }}
	println(fm["one"]())
}
