package main

func f() {
	x := (1 + 2
	_ = x
}
