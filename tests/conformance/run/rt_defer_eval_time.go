package main

type Counter struct{ n int }

func (c Counter) ShowValue(tag string) { println(tag, "value receiver sees", c.n) }
func (c *Counter) ShowPtr(tag string)  { println(tag, "pointer receiver sees", c.n) }

var order string

func arg(s string, v int) int {
	order += s
	return v
}

func sum(label string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	println(label, len(xs), t)
}

func main() {
	func() {
		// the function value is evaluated at the defer statement
		f := func() { println("original f") }
		defer f()
		f = func() { println("replaced f") }
		f()
	}()

	func() {
		// arguments are evaluated left to right at the defer statement
		order = ""
		defer println("deferred args", arg("a", 1), arg("b", 2))
		order += "|body"
		println("order", order)
	}()

	func() {
		c := Counter{1}
		defer c.ShowValue("1:")
		defer c.ShowPtr("2:")
		p := &c
		defer p.ShowValue("3:")
		c.n = 42
	}()

	func() {
		// slices are evaluated as headers: contents seen at run time, length at defer time
		s := []int{1, 2}
		defer sum("slice", s...)
		s[0] = 100
		s = append(s, 1000)
		defer sum("variadic", s[0], s[2])
		s[0] = 7
	}()

	func() {
		// a deferred closure reads variables when it runs
		x := 1
		defer func(early int) { println("early", early, "late", x) }(x)
		x = 2
	}()

	func() {
		// defer of a function returned by a call: the outer call happens now
		mk := func(name string) func() {
			println("making", name)
			return func() { println("running", name) }
		}
		defer mk("first")()
		defer mk("second")()
		println("body done")
	}()

}
