package main

// Pointer methods of a generic instance cannot be called on non-addressable values.

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }

func (b Box[T]) Get() T { return b.v }

func makeBox() Box[int] { return Box[int]{} }

func main() {
	Box[int]{}.Set(1) // ERROR "cannot call pointer method Set on Box\[int\]"
	makeBox().Set(2)  // ERROR "cannot call pointer method Set on Box\[int\]"
	m := map[string]Box[string]{}
	m["a"].Set("x") // ERROR "cannot call pointer method Set on Box\[string\]"
	println(makeBox().Get(), m["a"].Get())
}
