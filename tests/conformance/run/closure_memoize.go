package main

func memoize(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			misses++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return misses
		}
}

func main() {
	square, squareMisses := memoize(func(n int) int { return n * n })
	println(square(4), square(4), square(5), squareMisses())

	var fib func(int) int
	var fibMisses func() int
	fib, fibMisses = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	println(fib(50))
	println(fibMisses())
	println(fib(30), fibMisses())

	var ways func(int) int
	ways, _ = memoize(func(n int) int {
		if n < 0 {
			return 0
		}
		if n == 0 {
			return 1
		}
		return ways(n-1) + ways(n-2) + ways(n-3)
	})
	println(ways(10), ways(25))
}
