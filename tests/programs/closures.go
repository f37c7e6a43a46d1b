package main

type Op func(int, int) int

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Get() int        { return a.total }

func apply(f Op, a, b int) int { return f(a, b) }

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func add(a, b int) int { return a + b }

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	next, reset := counter()
	println(next(), next(), next())
	reset()
	println(next())
	println(apply(add, 3, 4), apply(func(a, b int) int { return a * b }, 3, 4))
	var ops []Op
	ops = append(ops, add, func(a, b int) int { return a - b })
	for _, op := range ops {
		print(op(10, 3), " ")
	}
	println()
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	f := fibGen()
	for i := 0; i < 10; i++ {
		print(f(), " ")
	}
	println()
	acc := &Acc{}
	addTo := acc.Add
	addTo(5)
	addTo(7)
	get := acc.Get
	acc.Add(100)
	println(acc.total, get())
	getter := (*Acc).Add
	println(getter(acc, 1))
	sq := mapInts([]int{1, 2, 3}, func(x int) int { return x * x })
	println(len(sq), sq[0], sq[1], sq[2])
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10))
	var nilf func()
	println(nilf == nil, f != nil)
	table := map0()
	println(table[1](2))
	x := 1
	bump := func() { x += 10 }
	bump()
	bump()
	println(x)
	type handler struct{ fn func(string) string }
	h := handler{fn: func(s string) string { return s + "!" }}
	println(h.fn("hi"))
}

func map0() [3]func(int) int {
	var t [3]func(int) int
	for i := 0; i < 3; i++ {
		k := i
		t[i] = func(x int) int { return x * k }
	}
	return t
}
