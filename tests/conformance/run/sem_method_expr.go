package main

type Vec struct{ x, y int }

func (v Vec) Add(o Vec) Vec { return Vec{v.x + o.x, v.y + o.y} }
func (v Vec) Len2() int     { return v.x*v.x + v.y*v.y }
func (v *Vec) Scale(k int)  { v.x *= k; v.y *= k }
func (v *Vec) Reset() *Vec  { *v = Vec{}; return v }

type Num int

func (n Num) Double() Num { return n * 2 }
func (n *Num) Inc()       { *n++ }

func apply(f func(Vec, Vec) Vec, a, b Vec) Vec { return f(a, b) }

func main() {
	add := Vec.Add
	println(apply(add, Vec{1, 2}, Vec{3, 4}).Len2())
	len2 := Vec.Len2
	plen2 := (*Vec).Len2
	v := Vec{3, 4}
	println(len2(v), plen2(&v))
	scale := (*Vec).Scale
	scale(&v, 3)
	println(v.x, v.y)
	padd := (*Vec).Add
	w := padd(&v, Vec{1, 1})
	println(w.x, w.y)
	reset := (*Vec).Reset
	println(reset(&v) == &v, v.x)

	dbl := Num.Double
	inc := (*Num).Inc
	n := Num(5)
	inc(&n)
	println(dbl(n), n)
	ns := []Num{1, 2, 3}
	for i := range ns {
		inc(&ns[i])
	}
	println(ns[0], ns[1], ns[2])
	fs := map[string]func(Num) Num{"dbl": Num.Double, "id": func(x Num) Num { return x }}
	println(fs["dbl"](21), fs["id"](7))
	var f func(*Vec, int) = (*Vec).Scale
	u := Vec{1, -1}
	f(&u, -2)
	println(u.x, u.y)
	println(Vec.Add(Vec{1, 1}, Vec{2, 2}).x, (*Vec).Len2(&Vec{2, 0}))
}
