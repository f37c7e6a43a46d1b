package main

type Counter interface {
	Inc()
	Get() int
}

type ValCounter struct{ n int }

func (c ValCounter) Inc()     { c.n++ }
func (c ValCounter) Get() int { return c.n }

type PtrCounter struct{ n int }

func (c *PtrCounter) Inc()     { c.n++ }
func (c *PtrCounter) Get() int { return c.n }

func bump(c Counter, times int) int {
	for i := 0; i < times; i++ {
		c.Inc()
	}
	return c.Get()
}

func main() {
	v := ValCounter{5}
	println(bump(v, 3), v.n)
	println(bump(&v, 3), v.n)
	p := &PtrCounter{5}
	println(bump(p, 3), p.n)

	var c Counter = v
	v.n = 99
	println(c.Get())
	c = &v
	v.n = 42
	println(c.Get())

	pc := PtrCounter{1}
	var c2 Counter = &pc
	c3 := c2
	c3.Inc()
	println(c2.Get(), pc.n, c2 == c3)

	var a, b Counter = ValCounter{1}, ValCounter{1}
	println(a == b)
	a, b = &PtrCounter{1}, &PtrCounter{1}
	println(a == b)
}
