package main

type A struct{ X int }

func (A) Who() string { return "A" }

type B struct {
	A
	X int
}

func (B) Who() string { return "B" }

type C struct {
	B
}

type D struct {
	C
	X string
}

func main() {
	var d D
	d.X = "d"
	d.C.X = 2
	d.C.B.A.X = 1
	println(d.X, d.C.X, d.B.X, d.A.X)
	println(d.Who(), d.A.Who(), d.C.Who())
	c := C{B{A{5}, 6}}
	println(c.X, c.A.X)
}
