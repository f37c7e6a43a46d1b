package main

import "unsafe"

// unsafe.Offsetof(x.f) where x is a struct or a pointer to one: the offset of f within the struct
// that holds it, f reached through embedded struct values (not through an embedded pointer).

type Inner struct {
	A int8
	B int64
}

type Outer struct {
	X int32
	Inner
	C [3]int16
}

type Named *Outer

type Embedded struct {
	Z bool
	Outer
	P *Inner // last: pointers are 4 bytes in gomethod's wasm32, 8 in Go's ports
}

func main() {
	var o Outer
	p := &o
	var n Named = p
	e := &Embedded{}
	println(unsafe.Offsetof(o.X), unsafe.Offsetof(o.B), unsafe.Offsetof(o.Inner.B), unsafe.Offsetof(o.C))
	println(unsafe.Offsetof(p.X), unsafe.Offsetof(p.B), unsafe.Offsetof(p.Inner), unsafe.Offsetof((p).C))
	println(unsafe.Offsetof(n.C), unsafe.Offsetof(e.Outer), unsafe.Offsetof(e.X), unsafe.Offsetof(e.B))
	println(unsafe.Offsetof(e.P.B), unsafe.Offsetof(e.Outer.Inner.A))
	const c = unsafe.Offsetof(p.C) // a constant
	var a [c]byte
	println(len(a))
}
