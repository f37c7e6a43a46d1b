package main

type F func()

var m map[F]int // ERROR "invalid map key type F"

func main() {
	_ = m
}
