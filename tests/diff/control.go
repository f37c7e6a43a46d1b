package main

//export fib
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

//export sumTo
func sumTo(n int) (total int) {
	for i := 1; i <= n; i++ {
		if i%3 == 0 {
			continue
		}
		total += i
	}
	return
}

//export collatz
func collatz(n int64) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

//export classify
func classify(n int) int {
	switch {
	case n < 0:
		return -1
	case n == 0:
		return 0
	case n < 10:
		return 1
	}
	return 2
}

//export fall
func fall(n int) int {
	r := 0
	switch n {
	case 1:
		r += 1
		fallthrough
	case 2:
		r += 10
	case 3, 4:
		r += 100
	default:
		r = -1
	}
	return r
}

//export nested
func nested(n int) int {
	count := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j > i {
				continue outer
			}
			if i*j > 20 {
				break outer
			}
			count++
		}
	}
	return count
}

//export gcd
func gcd(a, b uint32) uint32 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

//export divmod
func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

//export logic
func logic(a, b bool) (bool, bool, bool) { return a && b, a || b, !a }

//export loopSwitchBreak
func loopSwitchBreak(n int) int {
	i := 0
	for ; i < n; i++ {
		switch i {
		case 5:
			break
		}
		if i == 7 {
			break
		}
	}
	return i
}

//call fib(20)
//call sumTo(100)
//call collatz(27)
//call classify(-5)
//call classify(0)
//call classify(7)
//call classify(70)
//call fall(1)
//call fall(2)
//call fall(4)
//call fall(9)
//call nested(10)
//call gcd(1071, 462)
//call divmod(-17, 5)
//call logic(true, false)
//call loopSwitchBreak(100)
