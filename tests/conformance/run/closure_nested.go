package main

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func curry(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a*100 + b*10 + c }
	}
}

type Handler func(string) string

func chain(hs ...Handler) Handler {
	return func(s string) string {
		for _, h := range hs {
			s = h(s)
		}
		return s
	}
}

func main() {
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	println(compose(double, inc)(5), compose(inc, double)(5))
	println(curry(1)(2)(3))
	h := chain(func(s string) string { return s + "a" }, func(s string) string { return "<" + s + ">" })
	println(h("x"))
	x := 0
	outer := func() func() {
		x++
		return func() { x += 10 }
	}
	inner := outer()
	inner()
	inner()
	println(x)
	println(func(a, b int) int { return a - b }(10, 3))
	var nilf func()
	println(nilf == nil, inner != nil)
}
