package main

func two() (int, int) { return 1, 2 }

func one(x int) int { return x }

func f() {
	one(1, 2)
	one()
	var s string = one(1)
	a := two()
	_ = s
	_ = a
	one("x")
}
