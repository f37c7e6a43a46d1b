package main

type Celsius float64

func main() {
	describe := func(x any) string {
		switch v := x.(type) {
		case int:
			if v < 0 {
				return "negative int"
			}
			return "int"
		case string:
			return "string of length " + string(rune('0'+len(v)))
		case Celsius:
			if v > 30 {
				return "hot"
			}
			return "mild"
		case nil:
			return "nil"
		default:
			return "other"
		}
	}
	values := []any{3, -4, "abcd", Celsius(35), Celsius(10), nil, 2.5}
	for _, v := range values {
		println(describe(v))
	}
	total := 0
	add := func(x any) {
		switch n := x.(type) {
		case int, int64:
			total += 100
			_ = n
		case uint8:
			total += int(n)
		}
	}
	add(1)
	add(int64(2))
	add(uint8(7))
	println(total)
}
