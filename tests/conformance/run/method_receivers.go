package main

type Counter struct{ n int }

func (c Counter) Get() int  { return c.n }
func (c Counter) IncValue() { c.n++ }
func (c *Counter) Inc()     { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func main() {
	var c Counter
	c.IncValue()
	println(c.Get())
	c.Inc()
	c.Inc()
	println(c.Get())
	p := &c
	p.Inc()
	println(p.Get(), c.n)
	c.Add(10).Add(20).Inc()
	println(c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	println(cs[0].n)
	for _, x := range cs {
		x.Inc()
	}
	println(cs[0].n, cs[1].n)
	arr := [2]Counter{}
	arr[1].Add(5)
	println(arr[1].Get())
	type Wrapper struct{ C Counter }
	w := Wrapper{}
	w.C.Inc()
	println(w.C.n)
}
