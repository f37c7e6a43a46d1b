package main

import "errors"

func cleanup(name string) { println("cleanup", name) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("recovered: division failed")
		}
	}()
	q = a / b
	return
}

func order() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("body")
}

type Res struct{ name string }

func (r *Res) Close() { println("closing", r.name) }

func useRes() int {
	r := &Res{"db"}
	defer r.Close()
	defer cleanup("first")
	return 42
}

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func nested() {
	defer func() {
		r := recover()
		println("recovered:", r != nil)
		if e, ok := r.(error); ok {
			println(e.Error())
		}
	}()
	var s []int
	_ = s[5]
}

func main() {
	println(safeDiv(10, 2))
	q, err := safeDiv(1, 0)
	println(q, err.Error())
	useRes()
	println(double())
	nested()
	func() {
		defer func() {
			println("value:", recover().(string))
		}()
		panic("custom")
	}()
	defer println("main deferred")
	panic(errors.New("final"))
}
