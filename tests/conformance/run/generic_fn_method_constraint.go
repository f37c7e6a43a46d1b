package main

type Stringer interface {
	String() string
}

func Join[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "blue"
}

type Person struct {
	Name string
	Age  int
}

func (p *Person) String() string { return p.Name }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }
func (s Square) Name() string  { return "square" }

func Largest[T Shape](xs ...T) (string, float64) {
	best := xs[0]
	for _, x := range xs[1:] {
		if x.Area() > best.Area() {
			best = x
		}
	}
	return best.Name(), best.Area()
}

func main() {
	println(Join([]Color{0, 1, 2, 1}, ","))
	println(Join([]*Person{{"ann", 3}, {"bob", 4}}, " & "))
	println(Join([]Stringer{Color(2), &Person{"cy", 1}}, "|"))
	n, a := Largest(Rect{2, 3}, Rect{1, 10}, Rect{3, 3})
	println(n, a)
	n, a = Largest(Square(2), Square(1.5))
	println(n, a)
	n, a = Largest[Shape](Rect{1, 1}, Square(4))
	println(n, a)
}
