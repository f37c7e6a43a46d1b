package main

type Point struct{ X, Y int }

type Named struct {
	Name string
	P    Point
}

func Pairs[T any](xs []T) [][2]T {
	var out [][2]T
	for i := 0; i+1 < len(xs); i += 2 {
		out = append(out, [2]T{xs[i], xs[i+1]})
	}
	return out
}

func Find[T comparable](xs []T, v T) (int, bool) {
	for i, x := range xs {
		if x == v {
			return i, true
		}
	}
	return -1, false
}

func Update[T any](xs []T, i int, f func(*T)) {
	f(&xs[i])
}

func Copy[T any](v T) T {
	c := v
	return c
}

func main() {
	pts := []Point{{1, 2}, {3, 4}, {5, 6}, {7, 8}}
	pp := Pairs(pts)
	println(len(pp), pp[1][0].X, pp[1][1].Y)

	i, ok := Find(pts, Point{5, 6})
	println(i, ok)
	i, ok = Find(pts, Point{6, 5})
	println(i, ok)
	ns := []Named{{"a", Point{1, 1}}, {"b", Point{2, 2}}}
	i, ok = Find(ns, Named{"b", Point{2, 2}})
	println(i, ok)

	Update(pts, 0, func(p *Point) { p.X = 100 })
	println(pts[0].X, pts[0].Y)
	Update(ns, 1, func(n *Named) { n.P.Y = -1; n.Name += "!" })
	println(ns[1].Name, ns[1].P.Y)

	orig := Named{"o", Point{9, 9}}
	c := Copy(orig)
	c.P.X = 0
	println(orig.P.X, c.P.X)

	type empty struct{}
	e, ok := Find([]empty{{}, {}}, empty{})
	println(e, ok)
}
