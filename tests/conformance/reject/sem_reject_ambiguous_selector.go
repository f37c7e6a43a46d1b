package main

type A struct{ X int }

func (A) M() int { return 1 }

type B struct{ X int }

func (B) M() int { return 2 }

type C struct {
	A
	B
}

type I interface{ M() int }

func main() {
	var c C
	_ = c.A.X + c.B.M()
	_ = c.X     // ERROR "ambiguous selector c.X"
	_ = c.M()   // ERROR "ambiguous selector c.M"
	f := C.M    // ERROR "ambiguous selector C.M"
	var i I = c // ERROR "C does not implement I \((missing M method|missing method M)\)"
	_, _ = f, i
}
