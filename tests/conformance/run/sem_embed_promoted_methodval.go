package main

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Named struct {
	Counter
	name string
}

type PNamed struct {
	*Counter
	name string
}

type Outer struct {
	Named
}

func main() {
	n := Named{Counter{5}, "n"}
	inc := n.Inc
	get := n.Get
	inc()
	inc()
	println(n.n, get(), n.Get())

	o := Outer{n}
	oinc := o.Inc
	oget := o.Get
	oinc()
	o.n += 100
	println(o.n, n.n, oget(), o.Get())

	shared := &Counter{0}
	p := PNamed{shared, "p"}
	pinc := p.Inc
	pget := p.Get
	p2 := p
	p2.Inc()
	pinc()
	println(shared.n, pget(), p.Get())
	p.Counter = &Counter{50}
	pinc()
	println(shared.n, p.Get())

	fs := []func() int{n.Inc, o.Inc, p.Inc, n.Get}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	println(n.n, o.n, p.n)

	pp := &Outer{Named{Counter{1}, "pp"}}
	g := pp.Get
	i := pp.Inc
	i()
	println(g(), pp.Get())
}
