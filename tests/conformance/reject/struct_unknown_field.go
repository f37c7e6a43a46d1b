package main

type T struct{ a int }

func main() {
	_ = T{b: 1} // ERROR "unknown field '?b'? in struct literal of type T"
}
