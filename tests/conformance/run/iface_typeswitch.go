package main

type Stringer interface{ String() string }
type T struct{ v int }

func (t T) String() string { return "T" }

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 10 {
			return "big int"
		}
		return "int"
	case int8, int16:
		return "small int"
	case string:
		return "string of len " + string(rune('0'+len(v)))
	case []int:
		return "slice"
	case Stringer:
		return "stringer " + v.String()
	case *T:
		return "ptr T"
	case error:
		return "error"
	default:
		return "other"
	}
}

func main() {
	vals := []any{nil, 5, 50, int8(1), int16(2), "abc", []int{1}, T{}, &T{}, 3.5, true}
	for _, v := range vals {
		println(classify(v))
	}
	var x any = 7
	switch x.(type) {
	case string:
		println("no")
	default:
		println("default")
	}
	switch y := x.(type) {
	case int, string:
		_ = y
		println("multi")
	}
}
