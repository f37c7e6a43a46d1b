package main

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))
	memo := map[int]int{}
	var f2 func(int) int
	f2 = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := f2(n-1) + f2(n-2)
		memo[n] = v
		return v
	}
	println(f2(80), len(memo))
	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	println(even(10), odd(7), even(7))
	depth := 0
	var walk func(n int)
	walk = func(n int) {
		if n > depth {
			depth = n
		}
		if n < 50 {
			walk(n + 1)
		}
	}
	walk(0)
	println(depth)
}
