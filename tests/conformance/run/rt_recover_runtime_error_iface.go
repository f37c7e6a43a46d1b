package main

import "errors"

// runtime.Error without importing runtime: every run-time panic value has
// a RuntimeError method; ordinary errors do not.
type runtimeError interface {
	error
	RuntimeError()
}

type MyErr struct{}

func (MyErr) Error() string { return "mine" }

func kind(f func()) (k string) {
	defer func() {
		r := recover()
		if re, ok := r.(runtimeError); ok {
			k = "runtime.Error: " + re.Error()
			return
		}
		if e, ok := r.(error); ok {
			k = "plain error: " + e.Error()
			return
		}
		k = "not an error"
	}()
	f()
	return "no panic"
}

func main() {
	zero := 0
	println(kind(func() { _ = 1 / zero }))
	println(kind(func() { var m map[string]int; m["x"] = 1 }))
	println(kind(func() { var p *MyErr; _ = *p }))
	println(kind(func() { var x any = "s"; _ = x.(int) }))
	println(kind(func() { s := []int{}; _ = s[zero] }))
	println(kind(func() { panic(errors.New("made by errors.New")) }))
	println(kind(func() { panic(MyErr{}) }))
	println(kind(func() { panic("text") }))
	println(kind(func() {}))
}
