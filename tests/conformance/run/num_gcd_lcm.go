package main

func gcd(a, b int) int {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRec(a, b uint64) uint64 {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func extGcd(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGcd(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func reduce(n, d int) (int, int) {
	g := gcd(n, d)
	if d < 0 {
		g = -g
	}
	return n / g, d / g
}

func main() {
	println(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 30))
	println(gcdRec(1<<40, 1<<20*3), gcdRec(18446744073709551615, 5))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	println(l)
	g, x, y := extGcd(240, 46)
	println(g, x, y, 240*x+46*y)
	println(reduce(6, -8))
	println(reduce(-50, 75))
}
