package main

import "errors"

func Try[T any](f func() T) (result T, err error) {
	defer func() {
		if r := recover(); r != nil {
			var zero T
			result = zero
			if s, ok := r.(string); ok {
				err = errors.New(s)
			} else if e, ok := r.(error); ok {
				err = e
			} else {
				err = errors.New("unknown panic")
			}
		}
	}()
	return f(), nil
}

func SafeIndex[T any](xs []T, i int) (v T, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return xs[i], true
}

func Trace[T any](name string, v T, log *[]string) T {
	*log = append(*log, "enter "+name)
	defer func() { *log = append(*log, "exit "+name) }()
	return v
}

func main() {
	n, err := Try(func() int { return 42 })
	println(n, err == nil)
	n, err = Try(func() int { panic("boom") })
	println(n, err.Error())
	s, err := Try(func() string {
		var m map[string]int
		m["x"] = 1
		return "never"
	})
	println(s == "", err.Error())
	f, err := Try(func() float64 { panic(7) })
	println(f, err.Error())

	v, ok := SafeIndex([]string{"a", "b"}, 1)
	println(v, ok)
	v, ok = SafeIndex([]string{"a", "b"}, 2)
	println(v == "", ok)
	iv, ok := SafeIndex([]int{1}, -1+len("x")*5)
	println(iv, ok)

	var log []string
	Trace("a", Trace("b", 1, &log), &log)
	for _, l := range log {
		println(l)
	}
}
