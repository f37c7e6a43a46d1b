package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func main() {
	println(Sunday, Monday, Tuesday, Wednesday)
	println(KB, MB, GB, TB)
	println(a, b, c, d, e, f)
	println(x0, x1, x2, x3)
	var w Weekday = Tuesday
	w++
	println(w == Wednesday)
}
