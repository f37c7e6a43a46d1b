package main

// In an instance, a type parameter may stand for a type another case also names, or make a
// conversion constant: Go checks the generic form only, where T is never identical to int and
// T(0) is not a constant.

type I interface{ foo() int }

type myint int

func (x myint) foo() int { return int(x) }

type myfloat float64

func (x myfloat) foo() int { return int(x) }

func kind[T any](i interface{}) string {
	switch i.(type) {
	case T:
		return "T"
	case int:
		return "int"
	case int32, int16:
		return "int32/int16"
	case struct{ a, b T }:
		return "struct{T,T}"
	case nil:
		return "nil"
	}
	return "other"
}

func both[T I](i I) int {
	switch x := i.(type) {
	case T, myint:
		return x.foo() * 10
	}
	return -1
}

func consts[T, U ~int](v interface{}) string {
	switch v {
	case int(0), T(0), U(0):
		return "zero"
	case T(1):
		return "one"
	}
	m := map[interface{}]int{int(0): 1, T(0): 2, U(0): 3}
	println("map", len(m), m[0])
	return "other"
}

type S struct{}

func (S) m3() {}

func assert[B any](b B) string {
	if b1, ok := any(b).(interface{ m1() }); ok {
		_ = b1.(B)
		return "m1"
	}
	if _, ok := any(b).(interface{ m3() }); ok {
		var i interface{ m3() } = S{}
		if v, ok := i.(B); ok {
			_ = v
			return "m3 and B"
		}
		return "m3"
	}
	return "neither"
}

func main() {
	println(kind[float64](float64(6)), kind[float64](7), kind[float64](int32(8)))
	println(kind[float64](struct{ a, b float64 }{1, 2}), kind[float64](int8(9)), kind[float64](nil))
	println(kind[int32](int32(7)), kind[int](int32(7)), kind[int](7), kind[any](10))
	println(kind[interface{ M() }](11))
	println(both[myint](myint(3)), both[myfloat](myint(4)), both[myfloat](myfloat(5)), both[I](myfloat(6)))
	a, b, c := consts[int, int](0), consts[int, int](1), consts[myint, int](2)
	println(a, b, c)
	println(assert(S{}), assert(1))
}
