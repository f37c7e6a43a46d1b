package main

func named() (result int, msg string) {
	defer func() {
		result *= 2
		msg += " (doubled)"
	}()
	x := 5
	defer func(v int) {
		result += v // v captured at defer time: 5
	}(x)
	defer func() {
		result += x // x read at run time: 50
	}()
	x = 50
	return 1, "ret"
}

func counterDefer() (n int) {
	inc := func() { n++ }
	for i := 0; i < 3; i++ {
		defer inc()
	}
	return 10
}

func recoverSet() (err string) {
	state := "start"
	defer func() {
		if r := recover(); r != nil {
			err = "recovered in " + state + ": " + r.(string)
		}
	}()
	state = "middle"
	fail := func() { panic("boom") }
	state = "end"
	fail()
	return "no panic"
}

func order() {
	s := ""
	add := func(t string) func() {
		return func() {
			s += t
			println(s)
		}
	}
	for _, t := range []string{"a", "b", "c"} {
		defer add(t)()
	}
	s = ">"
}

func main() {
	println(named())
	println(counterDefer())
	println(recoverSet())
	order()
	fs := make([]func() int, 0)
	for i := 0; i < 3; i++ {
		j := i * i
		fs = append(fs, func() int { j++; return j })
	}
	println(fs[0](), fs[0](), fs[1](), fs[2]())
}
