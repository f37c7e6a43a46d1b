package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	shared := 0
	var gs []func()
	for k := 0; k < 3; k++ {
		gs = append(gs, func() { shared += 10 })
	}
	for _, g := range gs {
		g()
	}
	println(shared)
	acc := make([]func() string, 0)
	for _, s := range []string{"a", "b"} {
		s := s
		acc = append(acc, func() string { return s + s })
	}
	println(acc[0](), acc[1]())
}
