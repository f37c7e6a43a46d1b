package main

type I interface{ M() int }

type T struct{}

func (T) M() string { return "" }

func main() {
	var i I = T{} // ERROR "T does not implement I \(wrong type for (M method|method M)\)"
	_ = i
}
