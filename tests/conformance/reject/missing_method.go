package main

type I interface {
	M()
	N()
}

type T struct{}

func (T) M() {}

func main() {
	var i I = T{} // ERROR "T does not implement I \((missing N method|missing method N)\)"
	_ = i
}
