package main

type T [2]T

type S struct {
	a int
	b S
}

type L struct{ next *L }

func main() {}
