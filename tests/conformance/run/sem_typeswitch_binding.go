package main

type Stringer interface{ String() string }

type Pt struct{ X, Y int }

func (p Pt) String() string { return "pt" }

type Name string

func (n Name) String() string { return "name:" + string(n) }

func show(x any) string {
	switch v := x.(type) {
	case nil:
		if v == nil {
			return "nil(v==nil)"
		}
		return "nil?"
	case int, int64:
		// v has the type of x (any) here
		if v == x {
			return "intlike same"
		}
		return "intlike"
	case Pt:
		return "Pt " + itoa(v.X+v.Y)
	case *Pt:
		if v == nil {
			return "nil *Pt"
		}
		v.X = 100
		return "ptr Pt"
	case Stringer:
		return "stringer " + v.String()
	case []int:
		return "slice len " + itoa(len(v))
	case func() int:
		return "func " + itoa(v())
	default:
		_ = v
		return "default"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func main() {
	p := &Pt{1, 2}
	var nilp *Pt
	xs := []any{nil, 1, int64(2), Pt{3, 4}, p, nilp, Name("n"), []int{1, 2}, func() int { return 42 }, 3.5, uint(1)}
	for _, x := range xs {
		println(show(x))
	}
	println(p.X)
	var s Stringer = Pt{}
	switch t := s.(type) {
	case Pt:
		println("Pt via Stringer", t.X)
	}
	switch s.(type) {
	case Name:
		println("no")
	case Stringer:
		println("stringer case")
	}
}
