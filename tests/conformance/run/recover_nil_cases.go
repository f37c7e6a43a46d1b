package main

func direct() {
	r := recover()
	println("recover outside panic is nil:", r == nil)
}

func deferredNoPanic() (msg string) {
	defer func() {
		if r := recover(); r == nil {
			msg = "no panic happened"
		} else {
			msg = "unexpected"
		}
	}()
	return "body"
}

func helper() any { return recover() }

func twice() {
	defer func() {
		r1 := recover()
		r2 := recover()
		println("first:", r1.(string), "second nil:", r2 == nil)
	}()
	panic("once")
}

func afterRecover() (n int) {
	defer func() {
		recover()
		n = 7
	}()
	panic("gone")
}

func main() {
	direct()
	println(deferredNoPanic())
	println("helper nil:", helper() == nil)
	twice()
	println(afterRecover())
	var x any = recover()
	println(x == nil)
}
