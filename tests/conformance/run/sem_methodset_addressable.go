package main

type C struct{ n int }

func (c *C) Inc() *C { c.n++; return c }
func (c C) Get() int { return c.n }

type Holder struct {
	c   C
	pc  *C
	arr [2]C
}

func newC() *C { return &C{100} }

func main() {
	var c C
	c.Inc().Inc()
	println(c.Get())
	s := []C{{1}, {2}}
	s[1].Inc()
	s[len(s)-1].Inc()
	println(s[1].n)
	arr := [3]C{}
	arr[2].Inc()
	println(arr[2].Get())
	h := Holder{pc: &C{10}}
	h.c.Inc()
	h.pc.Inc()
	h.arr[0].Inc()
	println(h.c.n, h.pc.n, h.arr[0].n)
	ph := &h
	ph.c.Inc()
	ph.arr[1].Inc().Inc()
	println(h.c.n, h.arr[1].n)
	p := &c
	(*p).Inc()
	println(c.n)
	pp := &p
	(*pp).Inc()
	(**pp).Inc()
	println(c.n, (**pp).Get())
	println((&C{5}).Inc().Get(), newC().Inc().n)
	m := map[string]*C{"a": {1}}
	m["a"].Inc()
	println(m["a"].n, m["a"].Get())
	ms := map[string][]C{"x": {{7}}}
	ms["x"][0].Inc()
	println(ms["x"][0].n)
	sub := s[0:1]
	sub[0].Inc()
	println(s[0].n)
	for i := range s {
		s[i].Inc()
	}
	for _, v := range s {
		v.Inc()
	}
	println(s[0].n, s[1].n)
	get := C{9}.Get
	println(get(), C{8}.Get())
}
