package main

func helper() any {
	return recover()
}

func indirect() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "outer caught: " + r.(string)
		}
	}()
	defer func() {
		r := helper()
		println("helper saw nil:", r == nil)
	}()
	panic("still panicking")
}

func directNamed() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "direct: " + r.(string)
		}
	}()
	panic("caught directly")
}

func viaDeferredHelper() (msg string) {
	defer func() {
		msg = "recovered by deferred function itself"
	}()
	defer recoverAndPrint()
	panic("deferred named function")
}

func recoverAndPrint() {
	r := recover()
	println("recoverAndPrint got:", r.(string))
}

func main() {
	println(indirect())
	println(directNamed())
	println(viaDeferredHelper())
}
