package main

type A struct{ X, Y int }

func (A) Who() string   { return "A" }
func (A) OnlyA() string { return "onlyA" }

type B struct{ X, Z int }

func (B) Who() string   { return "B" }
func (B) OnlyB() string { return "onlyB" }

type C struct {
	A
	B
	X int
}

type D struct {
	A
	B
}

func (D) Who() string { return "D" }

type E struct {
	D
	Y string
}

type F struct {
	C
	A
}

func main() {
	c := C{A{1, 2}, B{3, 4}, 5}
	println(c.X, c.A.X, c.B.X, c.Y, c.Z)
	println(c.OnlyA(), c.OnlyB(), c.A.Who(), c.B.Who())
	d := D{A{10, 20}, B{30, 40}}
	println(d.Who(), d.Y, d.Z, d.A.X+d.B.X)
	e := E{d, "shadow"}
	println(e.Who(), e.Y, e.D.Y, e.Z, e.OnlyA())
	f := F{c, A{100, 200}}
	// f.X: C.X (depth 1) vs A.X (depth 1) -> ambiguous, not used
	println(f.Y, f.C.X, f.A.X, f.Z, f.Who(), f.OnlyB())
	type Wer interface{ Who() string }
	var w Wer = d
	println(w.Who())
	w = e
	println(w.Who())
	w = f
	println(w.Who())
}
