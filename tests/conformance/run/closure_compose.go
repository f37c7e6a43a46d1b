package main

type IntFn func(int) int

func compose(fs ...IntFn) IntFn {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func (f IntFn) Then(g IntFn) IntFn {
	return func(x int) int { return g(f(x)) }
}

func repeat(f IntFn, n int) IntFn {
	if n == 0 {
		return func(x int) int { return x }
	}
	return f.Then(repeat(f, n-1))
}

func mapInts(xs []int, f IntFn) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	inc := IntFn(func(x int) int { return x + 1 })
	dbl := IntFn(func(x int) int { return x * 2 })
	println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	println(inc.Then(dbl)(5), repeat(dbl, 10)(1))
	xs := mapInts([]int{1, 2, 3, 4, 5, 6}, compose(dbl, dbl, inc))
	for _, x := range xs {
		print(x, " ")
	}
	println()
	limit := 15
	small := filter(xs, func(x int) bool { return x < limit })
	limit = 100
	println(len(small), len(filter(xs, func(x int) bool { return x < limit })))
}
