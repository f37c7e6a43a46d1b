package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func main() {
	var s Shape = Sq{3}
	area := s.Area
	s = Sq{10}
	println(area(), s.Area())

	r := &Rect{2, 3}
	s = r
	ra := s.Area
	r.w = 10
	println(ra())
	s = nil
	println(ra())

	q := Sq{4}
	s = q
	qa := s.Area
	q.s = 40
	println(qa())

	shapes := []Shape{Sq{1}, &Rect{1, 2}, Sq{3}}
	var fs []func() int
	for _, sh := range shapes {
		fs = append(fs, sh.Area)
	}
	shapes[0] = Sq{100}
	total := 0
	for _, f := range fs {
		total += f()
	}
	println(total)

	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	var nilS Shape
	g := nilS.Area
	println("bound method value of nil interface")
	println(g())
}
