package main

type T struct{ x int }

func (t T) M() {}
func (t *T) M() {}

var T = 1

func f(a int, a string) {}

func g() {
	y := 2
	y := 3
	_ = y
}
