package main

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counterFrom(start, step int) (next func() int, reset func(), peek func() int) {
	cur := start
	next = func() int {
		v := cur
		cur += step
		return v
	}
	reset = func() { cur = start }
	peek = func() int { return cur }
	return
}

func take(gen func() int, n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, gen())
	}
	return out
}

func filter(gen func() int, keep func(int) bool) func() int {
	return func() int {
		for {
			v := gen()
			if keep(v) {
				return v
			}
		}
	}
}

func mapGen(gen func() int, f func(int) int) func() int {
	return func() int { return f(gen()) }
}

func printAll(xs []int) {
	for _, x := range xs {
		print(x, " ")
	}
	println()
}

func main() {
	f1, f2 := fib(), fib()
	printAll(take(f1, 10))
	printAll(take(f2, 3))
	printAll(take(f1, 2))
	next, reset, peek := counterFrom(10, 5)
	next()
	next()
	println(peek())
	reset()
	println(next(), peek())
	evens := filter(fib(), func(v int) bool { return v%2 == 0 })
	printAll(take(evens, 6))
	sq := mapGen(filter(fib(), func(v int) bool { return v > 5 }), func(v int) int { return v * v })
	printAll(take(sq, 4))
	gens := []func() int{fib(), next, mapGen(next, func(v int) int { return -v })}
	for round := 0; round < 3; round++ {
		for _, g := range gens {
			print(g(), " ")
		}
		println()
	}
}
