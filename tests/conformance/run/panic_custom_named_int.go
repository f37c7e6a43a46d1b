package main

type Level uint8

type Score int64

func check(l Level, s Score) {
	if s < 0 {
		panic(s)
	}
	if l > 2 {
		panic(l)
	}
	println("ok", l, s)
}

func main() {
	check(1, 10)
	check(2, 0)
	check(3, 5)
}
