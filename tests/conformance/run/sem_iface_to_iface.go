package main

type A interface{ F() int }
type B interface {
	F() int
	G() int
}
type C interface{ G() int }

type T1 int

func (t T1) F() int { return int(t) }

type T2 struct{ x int }

func (t T2) F() int  { return t.x }
func (t *T2) G() int { return t.x * 10 }

func widen(a A) (B, bool) {
	b, ok := a.(B)
	return b, ok
}

func main() {
	var a A = T1(3)
	b, ok := widen(a)
	println(ok, b == nil)
	a = T2{4}
	b, ok = widen(a)
	println(ok, b == nil)
	a = &T2{5}
	b, ok = widen(a)
	println(ok, b.F(), b.G())
	var c C = b
	println(c.G())
	var a2 A = b
	println(a2 == a, a2.F())
	var e any = c
	_, isT2 := e.(T2)
	p, isPT2 := e.(*T2)
	println(isT2, isPT2, p.x)
	_, isA := e.(A)
	_, isB := e.(B)
	println(isA, isB)
	var nilA A
	nb, ok := nilA.(B)
	println(ok, nb == nil)
	var ai any = nilA
	println(ai == nil)
	var ee any = e
	_, isAny := ee.(interface{})
	println(isAny)
	_, hasF := ee.(interface{ F() int })
	_, hasH := ee.(interface{ H() })
	println(hasF, hasH)
	x := ee.(interface{ G() int }).G()
	println(x)
}
