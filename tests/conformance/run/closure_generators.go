package main

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func rangeGen(lo, hi, step int) func() (int, bool) {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func cycle(words []string) func() string {
	i := -1
	return func() string {
		i = (i + 1) % len(words)
		return words[i]
	}
}

func take(gen func() int, n int) []int {
	out := make([]int, 0, n)
	for len(out) < n {
		out = append(out, gen())
	}
	return out
}

func main() {
	for _, v := range take(fibGen(), 12) {
		print(v, " ")
	}
	println()
	g := rangeGen(3, 20, 4)
	for v, ok := g(); ok; v, ok = g() {
		print(v, ",")
	}
	println()
	c := cycle([]string{"red", "green", "blue"})
	for k := 0; k < 5; k++ {
		print(c(), " ")
	}
	println()
	f1, f2 := fibGen(), fibGen()
	f1()
	f1()
	println(f1(), f2())
}
