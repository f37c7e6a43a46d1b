package main

var calls int

func noisy(tag string, v int) int {
	calls++
	println("  evaluating", tag)
	return v
}

func pair() (int, string) {
	println("  pair called")
	return 7, "seven"
}

func main() {
	println("first:", noisy("a", 1))
	println(noisy("b", 2), "middle", noisy("c", 3))
	print("print:", noisy("d", 4), "\n")
	println(pair())
	println(len("abc"), func() int { println("  closure ran"); return 5 }())
	println("calls", calls)
}
