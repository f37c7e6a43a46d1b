package main

type T struct{}

func (t *T) M() {}

func main() {
	m := map[int]T{}
	m[1].M() // ERROR "cannot call pointer method M on T"
}
