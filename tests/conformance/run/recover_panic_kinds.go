package main

import "errors"

type Code int

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

func classify(r any) {
	switch v := r.(type) {
	case nil:
		println("nothing")
	case string:
		println("string:", v)
	case int:
		println("int:", v)
	case Code:
		println("Code:", int(v))
	case *MyErr:
		println("MyErr with code", v.code)
	case error:
		println("error:", v.Error())
	case bool:
		println("bool:", v)
	case float64:
		println("float:", v)
	default:
		println("other")
	}
}

func describe(f func()) {
	defer func() {
		classify(recover())
	}()
	f()
}

func main() {
	describe(func() {})
	describe(func() { panic("boom") })
	describe(func() { panic(42) })
	describe(func() { panic(Code(7)) })
	describe(func() { panic(&MyErr{404}) })
	describe(func() { panic(errors.New("plain error")) })
	describe(func() { panic(true) })
	describe(func() { panic(2.5) })
	describe(func() { panic([]int{1}) })
}
