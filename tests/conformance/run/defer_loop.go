package main

func countdown(n int) {
	for i := 0; i < n; i++ {
		defer println("deferred", i)
	}
	println("loop finished")
}

func collect(names []string) (out string) {
	for _, name := range names {
		defer func(s string) {
			out += s + ";"
		}(name)
	}
	return ""
}

func perIteration(n int) int {
	total := 0
	for i := 1; i <= n; i++ {
		func() {
			defer func() { total += i }()
			total *= 2
		}()
	}
	return total
}

func main() {
	countdown(4)
	println(collect([]string{"x", "y", "z"}))
	println(perIteration(4))
	for _, w := range []string{"one", "two"} {
		func() {
			defer println("leave", w)
			println("enter", w)
		}()
	}
}
