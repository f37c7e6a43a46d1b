package main

import "errors"

func replaced() (got string) {
	defer func() {
		got = "recovered: " + recover().(string)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func threeDeep() (got string) {
	defer func() {
		got = recover().(string)
	}()
	defer panic("third")
	defer func() { panic("second") }()
	panic("first")
}

func replacedByRuntimeError() (got string) {
	defer func() {
		got = recover().(error).Error()
	}()
	defer func() {
		var s []int
		i := 3
		_ = s[i]
	}()
	panic(errors.New("original error"))
}

func recoverThenPanicAgain() (got string) {
	defer func() {
		got = "outermost: " + recover().(string)
	}()
	defer func() {
		r := recover()
		panic("rethrown " + r.(string))
	}()
	panic("inner")
}

func deferDuringNormalReturn() (got string) {
	defer func() {
		if r := recover(); r != nil {
			got = "caught " + r.(string)
		}
	}()
	defer func() {
		panic("from defer after return")
	}()
	return "normal"
}

func stillRunsOtherDefers() {
	defer func() {
		println("last defer sees:", recover().(string))
	}()
	defer println("middle defer runs")
	defer func() { panic("replacement") }()
	defer println("first defer runs")
	panic("initial")
}

func main() {
	println(replaced())
	println(threeDeep())
	println(replacedByRuntimeError())
	println(recoverThenPanicAgain())
	println(deferDuringNormalReturn())
	stillRunsOtherDefers()
}
