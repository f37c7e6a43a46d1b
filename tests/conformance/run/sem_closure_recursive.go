package main

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	println(isEven(10), isOdd(7), isEven(7))

	depth := 0
	maxDepth := 0
	var walk func(n int)
	walk = func(n int) {
		depth++
		if depth > maxDepth {
			maxDepth = depth
		}
		if n > 0 {
			walk(n - 1)
			walk(n / 2)
		}
		depth--
	}
	walk(6)
	println(maxDepth, depth)

	memo := map[int]int{}
	var fibm func(int) int
	fibm = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fibm(n-1) + fibm(n-2)
		memo[n] = v
		return v
	}
	println(fibm(80), len(memo))

	type node struct {
		val         int
		left, right *node
	}
	var build func(lo, hi int) *node
	build = func(lo, hi int) *node {
		if lo > hi {
			return nil
		}
		mid := (lo + hi) / 2
		return &node{mid, build(lo, mid-1), build(mid+1, hi)}
	}
	var sum func(*node) int
	sum = func(t *node) int {
		if t == nil {
			return 0
		}
		return t.val + sum(t.left) + sum(t.right)
	}
	println(sum(build(1, 100)))
}
