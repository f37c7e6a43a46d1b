package main

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case float64:
		return "float64"
	case int32:
		return "rune"
	case string:
		return "string"
	case bool:
		return "bool"
	case uint8:
		return "byte"
	}
	return "other"
}

func Id[T any](x T) T { return x }

func Add[T ~int | ~float64](a, b T) T { return a + b }

func Both[T any](a, b T) string { return Kind(a) + "/" + Kind(b) }

func main() {
	println(Kind(1))
	println(Kind(1.5))
	println(Kind('a'))
	println(Kind("s"))
	println(Kind(true))
	println(Kind(1 << 3))
	println(Kind(2.0))
	println(Kind(byte(7)))
	println(Kind(Id(10)), Id(10)/3)
	println(Id(7.0) / 2)
	println(Id('b') + 1)

	println(Add(1, 2))
	println(Add(1.5, 2.0))
	println(Add(1<<4, 10-3), Kind(Add(1<<2, 3)))
	println(Kind(Add(1, 2)), Kind(Add(1.0, 2.5)))
	println(Add[float64](1, 2), Add(1.0, 2.5)/2)

	var f float64 = 3
	println(Add(f, 1), Kind(Add(f, 1)))
	println(Both(1, 2), Both(1.0, 2.0), Both(f, 2))
	var b byte = 5
	println(Both(b, 250))
}
