package main

type E struct{ msg string }

func (e *E) Error() string {
	if e == nil {
		return "nil E"
	}
	return e.msg
}

type Sh interface{ A() int }
type Sq struct{}

func (*Sq) A() int { return 1 }

func kind(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil interface"
	case *E:
		if v == nil {
			return "typed nil *E"
		}
		return "*E " + v.msg
	case error:
		return "other error " + v.Error()
	case []int:
		if v == nil {
			return "nil slice"
		}
		return "slice"
	case map[string]int, func():
		return "map or func"
	default:
		return "default"
	}
}

func errKind(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case *E:
		return "E: " + e.Error()
	default:
		return "unknown"
	}
}

func mixed(x any) string {
	switch v := x.(type) {
	case nil, int:
		if v == nil {
			return "nil-or-int: nil"
		}
		return "nil-or-int: int"
	case Sh:
		return "shape"
	}
	return "none"
}

func main() {
	var ep *E
	var sq *Sq
	xs := []any{nil, ep, &E{"boom"}, []int(nil), []int{}, map[string]int(nil), (func())(nil), sq}
	for _, x := range xs {
		println(kind(x))
	}
	var err error
	println(errKind(err))
	err = ep
	println(errKind(err), err != nil)
	err = &E{"real"}
	println(errKind(err))
	println(mixed(nil), mixed(3), mixed(sq), mixed("s"))
}
