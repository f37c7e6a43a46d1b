package main

import "unsafe"

type Inner struct{ B int }

func (Inner) M() {}

type Outer struct {
	A int
	*Inner
}

func main() {
	var o Outer
	_ = unsafe.Offsetof(o.B)   // ERROR "invalid argument: field B is embedded via a pointer in Outer"
	_ = unsafe.Offsetof(o.M)   // ERROR "invalid argument: o.M is a method value"
	_ = unsafe.Offsetof(o.Z)   // ERROR "invalid argument: Outer has no single field Z"
	_ = unsafe.Offsetof(&o.A)  // ERROR "invalid argument: &o.A is not a selector expression"
	_ = unsafe.Offsetof((&o).A)
}
