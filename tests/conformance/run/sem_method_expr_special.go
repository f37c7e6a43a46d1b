package main

type Shape interface {
	Area() int
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int    { return q.s * q.s }
func (q Sq) Name() string { return "sq" }
func (q *Sq) Grow(d int)  { q.s += d }

type Rect struct{ w, h int }

func (r *Rect) Area() int    { return r.w * r.h }
func (r *Rect) Name() string { return "rect" }

type Tile struct {
	Sq
	color string
}

type Ref struct{ *Sq }

func main() {
	area := Shape.Area
	name := Shape.Name
	shapes := []Shape{Sq{2}, &Rect{2, 5}, Tile{Sq{3}, "red"}}
	for _, s := range shapes {
		println(name(s), area(s))
	}
	var f func(Shape) int = area
	println(f(Sq{7}))
	type Areaer interface{ Area() int }
	aa := Areaer.Area
	println(aa(&Rect{3, 3}), aa(shapes[0]))

	ta := Tile.Area
	println(ta(Tile{Sq{4}, "blue"}))
	tg := (*Tile).Grow
	t := Tile{Sq{1}, "g"}
	tg(&t, 9)
	println(t.s, (*Tile).Area(&t))

	rg := Ref.Grow
	ra := Ref.Area
	r := Ref{&Sq{2}}
	rg(r, 3)
	println(r.s, ra(r))
}
