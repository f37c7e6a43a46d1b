package main

var log string

func note(s string) { log += s }

func loopDefers(n int) {
	for i := 0; i < n; i++ {
		defer note(string(rune('0' + i)))
	}
	note("|")
}

func perIteration(n int) {
	for i := 0; i < n; i++ {
		func() {
			defer note(")")
			note("(")
			note(string(rune('a' + i)))
		}()
	}
}

func copiedVar() {
	for i := 0; i < 3; i++ {
		j := i
		defer func() { note(string(rune('A' + j))) }()
	}
}

func conditional(flags []bool) {
	for i, f := range flags {
		if f {
			defer note(string(rune('0' + i)))
		} else {
			note("-")
		}
	}
}

func manyDefers() (total int) {
	for i := 1; i <= 1000; i++ {
		defer func(v int) { total += v }(i)
	}
	return 0
}

func loopWithPanic() (got int) {
	defer func() {
		recover()
		note("!")
	}()
	for i := 0; i < 5; i++ {
		defer func(v int) { got = got*10 + v }(i)
		if i == 3 {
			panic("stop")
		}
	}
	return -1
}

func main() {
	loopDefers(5)
	println(log)
	log = ""
	perIteration(3)
	println(log)
	log = ""
	copiedVar()
	println(log)
	log = ""
	conditional([]bool{true, false, true, true, false})
	println(log)
	println(manyDefers())
	log = ""
	println(loopWithPanic(), log)
}
