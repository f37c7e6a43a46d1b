package main

func fib64(n int) int64 {
	var a, b int64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func fibU64(n int) uint64 {
	var a, b uint64 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func fib32(n int) (int32, uint32) {
	var a, b int32 = 0, 1
	var ua, ub uint32 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
		ua, ub = ub, ua+ub
	}
	return a, ua
}

func factorial(n int) (int64, uint64) {
	var s int64 = 1
	var u uint64 = 1
	for i := 2; i <= n; i++ {
		s *= int64(i)
		u *= uint64(i)
	}
	return s, u
}

func main() {
	println(fib64(50), fib64(90), fib64(92))
	println(fib64(93), fib64(100))
	println(fibU64(93), fibU64(94), fibU64(100))
	println(fib32(46))
	println(fib32(47))
	println(fib32(60))
	println(factorial(20))
	println(factorial(21))
	println(factorial(25))
}
