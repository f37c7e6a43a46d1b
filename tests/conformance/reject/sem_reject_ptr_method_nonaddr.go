package main

type C struct{ n int }

func (c *C) Inc()    {}
func (c C) Get() int { return c.n }

func mk() C { return C{} }

type Holder struct{ c C }

func main() {
	C{}.Inc()  // ERROR "cannot call pointer method Inc on C"
	mk().Inc() // ERROR "cannot call pointer method Inc on C"
	m := map[string]Holder{}
	m["a"].c.Inc() // ERROR "cannot call pointer method Inc on C"
	_ = C{}.Get()
	_ = C.Inc     // ERROR "cannot call pointer method Inc on C|invalid method expression C.Inc \(needs pointer receiver \(\*C\).Inc\)"
	f := mk().Inc // ERROR "cannot call pointer method Inc on C"
	_ = f
}
