package main

import "errors"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type Named interface{ Name() string }

func (r Rect) Name() string { return "rect" }

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) (int, error) {
	if key == "x" {
		return 42, nil
	}
	if key == "q" {
		return 0, &QueryError{Query: key, Err: ErrNotFound}
	}
	return 0, ErrNotFound
}

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string " + x
	case Shape:
		if n, ok := x.(Named); ok {
			return "shape named " + n.Name()
		}
		return "shape"
	case error:
		return "error " + x.Error()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{Rect{2, 2}}}
	println(total(shapes), shapes[1].Perimeter())
	var s Shape
	println(s == nil)
	s = Rect{1, 1}
	println(s != nil, s == Rect{1, 1}, s == Shape(Rect{1, 2}))
	r, ok := s.(Rect)
	println(r.W, ok)
	_, ok = s.(*Circle)
	println(ok)
	println(describe(nil), describe(7), describe("hi"), describe(Rect{}), describe(&Circle{}), describe(ErrNotFound), describe(1.5))
	v, err := find("x")
	println(v, err == nil)
	_, err = find("y")
	println(err.Error(), err == ErrNotFound, errors.Is(err, ErrNotFound))
	_, err = find("q")
	println(err.Error(), err == ErrNotFound, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	var e error = &QueryError{"z", errors.New("boom")}
	if qe, ok := e.(*QueryError); ok {
		println("query", qe.Query)
	}
	var any1, any2 any = 3, 3
	println(any1 == any2, any1 != any2)
	var c Circle
	var sc Shape = &c
	c.R = 2
	println(sc.Area())
	defer1 := Shape(Square{Rect{3, 3}})
	println(defer1.Area(), defer1.(Square).W)
	println(shapes[0].(Named).Name())
	println(s.(*Circle).R)
}
