package main

type State string

type Level uint8

func check(s State, l Level) {
	if l > 2 {
		panic(l)
	}
	if s == "bad" {
		panic(s)
	}
	println("ok", string(s), l)
}

func main() {
	check("good", 1)
	check("fine", 2)
	check("bad", 0)
}
