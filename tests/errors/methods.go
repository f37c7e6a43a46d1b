package main

type Rect struct{ w, h float64 }

func (r *Rect) Scale(f float64) { r.w *= f }
func (r Rect) Area() float64    { return r.w * r.h }

func (x int) Bad() {}

func f() {
	Rect{1, 2}.Scale(2)
	var r Rect
	r.Perimeter()
	r.w = "wide"
}
