package main

type Meters float64

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Circ struct{ r float64 }

func (c *Circ) Area() float64 { return 3 * c.r * c.r }

func kind(x any) string {
	switch v := x.(type) {
	case int, int8, int16, int32, int64:
		return "signed"
	case uint, uint8, uint16, uint32, uint64:
		return "unsigned"
	case float32, float64, Meters:
		return "float"
	case string, []byte:
		return "text"
	case Sq, *Circ:
		return "shape area " + itoa(int(v.(Shape).Area()))
	case nil:
		return "nil"
	case error:
		return "error " + v.Error()
	default:
		return "unknown"
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
	xs := []any{1, int8(2), int64(3), uint(4), byte(5), 1.5, float32(2), Meters(3),
		"s", []byte("b"), Sq{3}, &Circ{2}, nil, true, Circ{1}}
	for i, x := range xs {
		println(i, kind(x))
	}
}
