package main

var trace []string

func note(s string) { trace = append(trace, s) }

func c() {
	defer note("c-defer")
	note("c-body")
	panic("from c")
}

func b() {
	defer note("b-defer")
	note("b-body")
	c()
	note("b-after-c")
}

func a() (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			note("a-recovered:" + r.(string))
			ok = false
		}
	}()
	defer note("a-defer")
	b()
	return true
}

func main() {
	println(a())
	for i, s := range trace {
		println(i, s)
	}
	trace = trace[:0]
	func() {
		defer note("outer")
		func() {
			defer note("inner")
			note("body")
		}()
		note("between")
	}()
	for _, s := range trace {
		print(s, " ")
	}
	println()
}
