package main

func f(a int32) int32 {
	var s string = a
	return a + "x"
}

func g() int {
	x := 1
	return
}

func h(a, b int) {
	a, b = b
	undefinedName(a)
	var y int8 = 300
	const c uint8 = 256
	z := 1.5
	var q int = z
	_ = q
	_ = y
}

func k() int {
	for {
	}
}

func m() int {
	if true {
		return 1
	}
}
