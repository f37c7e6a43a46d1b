package main

type P struct {
	A int
	B string
	C [2]bool
}

type Q struct {
	F float64
	P P
}

func main() {
	x := P{1, "s", [2]bool{true, false}}
	y := P{1, "s", [2]bool{true, false}}
	println(x == y, x != y)
	y.C[1] = true
	println(x == y)
	y.C[1] = false
	y.B = "t"
	println(x == y)
	var nan float64
	nan = nan / nan
	q1 := Q{nan, x}
	q2 := q1
	println(q1 == q2)
	q3 := Q{1, x}
	q4 := Q{1, x}
	println(q3 == q4)
	println(struct{}{} == struct{}{})
	a := struct{ X, Y int }{1, 2}
	b := struct{ X, Y int }{1, 2}
	println(a == b)
}
