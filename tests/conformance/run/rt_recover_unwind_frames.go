package main

func level3() {
	defer println("level3 defer")
	var s []int
	idx := 2
	s[idx] = 1
	println("level3 unreachable")
}

func level2() int {
	defer println("level2 defer")
	level3()
	return 2
}

func level1() (res int, caught string) {
	defer func() {
		if r := recover(); r != nil {
			caught = r.(error).Error()
			res = -1
		}
	}()
	defer println("level1 plain defer")
	res = level2()
	return res, "none"
}

func twice() (first, second bool) {
	defer func() {
		first = recover() != nil
		second = recover() != nil
	}()
	panic("once")
}

func laterDeferSeesNil() (log string) {
	defer func() {
		if recover() == nil {
			log += " later:nil"
		}
	}()
	defer func() {
		if recover() != nil {
			log += "earlier:caught"
		}
	}()
	panic("x")
}

func panicAfterRecovery() (msg string) {
	defer func() {
		msg = "final: " + recover().(string)
	}()
	func() {
		defer func() { recover() }()
		panic("handled inside")
	}()
	msg = "continued"
	panic("new problem after " + msg)
}

func main() {
	println(level1())
	println(twice())
	println(laterDeferSeesNil())
	println(panicAfterRecovery())
	println("main continues")
}
