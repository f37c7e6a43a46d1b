package main

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "nil"
	case int:
		if x < 0 {
			return "negative int"
		}
		return "int"
	case string:
		return "string:" + x
	case []int:
		return "slice"
	case error:
		return "error:" + x.Error()
	case func() int:
		return "func"
	}
	return "unknown"
}

func Box[T any](v T) any { return v }

func Unbox[T any](a any) (T, bool) {
	v, ok := a.(T)
	return v, ok
}

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func main() {
	println(Describe(1), Describe(-1), Describe("hi"))
	println(Describe([]int{1}), Describe(3.5))
	println(Describe(func() int { return 1 }))
	var e error = &myErr{"bad"}
	println(Describe(e))
	var nilErr error
	println(Describe(nilErr))
	var a any
	println(Describe(a))
	println(Describe(&myErr{"ptr"}))

	b := Box(42)
	n, ok := Unbox[int](b)
	println(n, ok)
	s, ok := Unbox[string](b)
	println(s == "", ok)
	f, ok := Unbox[float64](Box(2.5))
	println(f, ok)
	me, ok := Unbox[*myErr](Box(e))
	println(me.msg, ok)
	er, ok := Unbox[error](Box(&myErr{"via iface"}))
	println(er.Error(), ok)
	_, ok = Unbox[error](Box(5))
	println(ok)
}
