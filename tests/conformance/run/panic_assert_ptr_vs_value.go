package main

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Square struct{ s int }

func (q *Square) Area() int { return q.s * q.s }

func main() {
	var s Shape = &Rect{2, 3}
	p := s.(*Rect)
	println(p.Area())
	_, ok := s.(Rect)
	println(ok)
	var t Shape = &Square{4}
	q, ok := t.(*Square)
	println(q.Area(), ok)
	_, ok = t.(*Rect)
	println(ok)
	r := s.(Rect)
	println(r.Area())
}
