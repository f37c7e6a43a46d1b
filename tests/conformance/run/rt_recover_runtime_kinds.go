package main

import "errors"

type MyInt int

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name, "[error]", e.Error())
		} else if r != nil {
			println(name, "[other]")
		} else {
			println(name, "no panic")
		}
	}()
	f()
}

func main() {
	n := -1
	try("negative index", func() { s := []int{1}; _ = s[n] })
	try("inverted slice", func() { s := []int{1, 2, 3, 4}; lo, hi := 3, 2; _ = s[lo:hi] })
	try("slice past len of string", func() { s := "abc"; hi := 5; _ = s[1:hi] })
	try("array pointer nil", func() { var p *[3]int; i := 1; _ = p[i] })
	try("makeslice", func() { _ = make([]int, n) })
	try("int8 div zero", func() { var a, b int8 = 1, 0; _ = a / b })
	try("uint mod zero", func() { var a, b uint = 7, 0; _ = a % b })
	try("negative shift", func() { x := 1; _ = x << n })
	try("nil func", func() { var f func(); f() })
	try("named assert", func() { var x any = MyInt(3); _ = x.(int) })
	try("assert to error", func() { var x any = 3; _ = x.(error) })
	try("nil map write", func() { var m map[MyInt]bool; m[1] = true })
	try("3-index slice", func() { s := make([]int, 2, 5); j, k := 4, 3; _ = s[0:j:k] })
	try("errors.New", func() { panic(errors.New("user error")) })
	try("string", func() { panic("just a string") })
	try("min int / -1", func() {
		x := -9223372036854775808
		m := -1
		println("no panic for MinInt64/-1:", x/m, x%m)
	})
}
