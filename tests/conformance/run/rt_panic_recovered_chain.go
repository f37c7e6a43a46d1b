package main

import "errors"

type StepErr struct {
	step int
	err  error
}

func (e *StepErr) Error() string {
	return "step " + string(rune('0'+e.step)) + ": " + e.err.Error()
}

func (e *StepErr) Unwrap() error { return e.err }

var ErrDisk = errors.New("disk full")

func step(n int) {
	defer func() {
		if r := recover(); r != nil {
			panic(&StepErr{n, r.(error)})
		}
	}()
	if n == 0 {
		panic(ErrDisk)
	}
	step(n - 1)
}

func main() {
	defer func() {
		r := recover()
		err := r.(error)
		println("main saw:", err.Error())
		println("is disk:", errors.Is(err, ErrDisk))
		panic(errors.New("giving up"))
	}()
	step(2)
}
