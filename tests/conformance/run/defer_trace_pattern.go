package main

var depth int

func indent() string {
	s := ""
	for i := 0; i < depth; i++ {
		s += "  "
	}
	return s
}

func trace(name string) func() {
	println(indent()+"enter", name)
	depth++
	return func() {
		depth--
		println(indent()+"leave", name)
	}
}

func leaf(n int) int {
	defer trace("leaf")()
	return n * 2
}

func middle(n int) int {
	defer trace("middle")()
	a := leaf(n)
	b := leaf(n + 1)
	return a + b
}

func top() {
	defer trace("top")()
	r := middle(3)
	println(indent()+"result", r)
}

func main() {
	top()
	println(leaf(5) + leaf(6))
	println(depth)
}
