package main

import "errors"

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if s, ok := r.(string); ok {
			println(name, "panicked:", s)
			return
		}
		println(name, "no panic")
	}()
	f()
}

func main() {
	err := error(&MyErr{})
	try("nil target", func() { errors.As(err, nil) })
	try("non-pointer", func() {
		var p *MyErr
		errors.As(err, p)
	})
	try("nil typed pointer", func() {
		var pp **MyErr
		errors.As(err, pp)
	})
	try("pointer to int", func() {
		var n int
		errors.As(err, &n)
	})
	try("pointer to struct not implementing error", func() {
		var m MyErr
		errors.As(err, &m)
	})
	try("valid", func() {
		var p *MyErr
		println("valid As:", errors.As(err, &p), p.Error())
	})
}
