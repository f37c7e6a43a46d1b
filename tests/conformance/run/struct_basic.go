package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	var zero Rect
	println(zero.Min.X, zero.Name == "")
	r := Rect{Point{1, 2}, Point{4, 6}, "r"}
	println(area(r), r.Name)
	r2 := r
	r2.Max.X = 10
	println(r.Max.X, r2.Max.X, area(r2))
	r3 := Rect{Name: "keyed", Max: Point{Y: 3, X: 3}}
	println(area(r3), r3.Min.Y)
	anon := struct {
		A int
		B string
	}{7, "seven"}
	println(anon.A, anon.B)
	pts := []Point{{1, 1}, {2, 4}, {3, 9}}
	sum := 0
	for _, p := range pts {
		sum += p.Y
	}
	println(sum)
	for i := range pts {
		pts[i].X *= 10
	}
	println(pts[2].X)
}
