package main

func inner() {
	defer func() {
		r := recover()
		println("inner recovered:", r.(string))
		panic("inner re-panic: " + r.(string))
	}()
	panic("original")
}

func middle() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = "middle caught [" + r.(string) + "]"
		}
	}()
	inner()
	return "not reached"
}

func level(n int) int {
	if n == 0 {
		panic(n)
	}
	defer println("unwinding level", n)
	return level(n-1) + 1
}

func catchInt() (v int) {
	defer func() {
		v = recover().(int) + 1000
	}()
	return level(3)
}

func main() {
	println(middle())
	println(catchInt())
	println("done")
}
