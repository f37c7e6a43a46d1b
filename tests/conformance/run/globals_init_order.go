package main

var a = b + 1
var b = f()
var c, d = initCD()
var total int

func f() int {
	println("f called, d =", d)
	return 10
}

func initCD() (int, int) {
	println("initCD")
	return 3, 4
}

var x = y * 2
var y = 21

func init() {
	println("init 1", a, b, c, d)
	total += a
}

func init() {
	println("init 2", total)
	total *= 2
}

func main() {
	println("main", total, x, y)
}
