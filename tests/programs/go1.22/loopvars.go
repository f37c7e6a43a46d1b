package main

// Go 1.22: each iteration of a for loop has its own loop variables (Go 1.19 would print 3 3 3).

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2])
	var gs []func() string
	for _, s := range []string{"a", "b"} {
		gs = append(gs, func() string { return s })
	}
	println(gs[0](), gs[1]())
}
