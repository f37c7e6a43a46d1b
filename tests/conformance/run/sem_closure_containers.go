package main

type Handler struct {
	name string
	fn   func(int) int
	post func(string) string
}

type Pipeline struct {
	stages []func(int) int
	onDone func(int)
}

func (p *Pipeline) Add(f func(int) int) *Pipeline {
	p.stages = append(p.stages, f)
	return p
}

func (p *Pipeline) Run(v int) int {
	for _, s := range p.stages {
		v = s(v)
	}
	if p.onDone != nil {
		p.onDone(v)
	}
	return v
}

func main() {
	total := 0
	ops := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"inc":    func(x int) int { return x + 1 },
	}
	ops["acc"] = func(x int) int { total += x; return total }
	order := []string{"inc", "double", "acc", "acc", "missing"}
	v := 3
	for _, k := range order {
		if f, ok := ops[k]; ok {
			v = f(v)
		} else {
			println("no op", k, ops[k] == nil)
		}
	}
	println(v, total)

	hs := []Handler{
		{"sq", func(x int) int { return x * x }, nil},
		{"neg", func(x int) int { return -x }, func(s string) string { return "<" + s + ">" }},
	}
	for _, h := range hs {
		name := h.name
		if h.post != nil {
			name = h.post(name)
		}
		println(name, h.fn(7))
	}
	hs[0].fn = hs[1].fn
	println(hs[0].fn(7))

	var results []int
	p := &Pipeline{onDone: func(r int) { results = append(results, r) }}
	p.Add(ops["inc"]).Add(ops["double"]).Add(func(x int) int { return x - 3 })
	println(p.Run(1), p.Run(10), len(results), results[0]+results[1])

	grid := [2][2]func() string{}
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			r, c := i, j
			grid[i][j] = func() string { return string(rune('a'+r)) + string(rune('0'+c)) }
		}
	}
	println(grid[0][1](), grid[1][0](), grid[1][1]())
	nested := map[string]map[string]func() int{"x": {"y": func() int { return 42 }}}
	println(nested["x"]["y"]())
	var nilF func()
	println(nilF == nil, hs[0].post == nil)
}
