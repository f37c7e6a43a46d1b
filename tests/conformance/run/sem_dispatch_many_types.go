package main

type Op interface {
	Apply(int) int
	Name() string
}

type Add int
type Mul int
type Neg struct{}
type Sq struct{}
type Clamp struct{ lo, hi int }
type Chain []Op
type Pair [2]int
type Counted struct {
	inner Op
	calls int
}

func (a Add) Apply(x int) int { return x + int(a) }
func (a Add) Name() string    { return "add" }
func (m Mul) Apply(x int) int { return x * int(m) }
func (m Mul) Name() string    { return "mul" }
func (Neg) Apply(x int) int   { return -x }
func (Neg) Name() string      { return "neg" }
func (*Sq) Apply(x int) int   { return x * x }
func (*Sq) Name() string      { return "sq" }
func (c Clamp) Apply(x int) int {
	if x < c.lo {
		return c.lo
	}
	if x > c.hi {
		return c.hi
	}
	return x
}
func (c Clamp) Name() string { return "clamp" }
func (c Chain) Apply(x int) int {
	for _, o := range c {
		x = o.Apply(x)
	}
	return x
}
func (c Chain) Name() string       { return "chain" }
func (p Pair) Apply(x int) int     { return (x + p[0]) / p[1] }
func (p Pair) Name() string        { return "pair" }
func (c *Counted) Apply(x int) int { c.calls++; return c.inner.Apply(x) }
func (c *Counted) Name() string    { return "counted(" + c.inner.Name() + ")" }

func main() {
	cnt := &Counted{inner: Add(1)}
	ops := []Op{Add(3), Mul(2), Neg{}, &Sq{}, Clamp{-50, 50}, Chain{Add(1), Mul(3)}, Pair{0, 2}, cnt}
	x := 1
	for round := 0; round < 3; round++ {
		for _, o := range ops {
			x = o.Apply(x)
			print(o.Name(), "=", x, " ")
		}
		println()
	}
	println(cnt.calls)
	all := Chain(ops)
	var o Op = all
	println(o.Apply(2), o.Name(), cnt.calls)
	counts := map[string]int{}
	for i := 0; i < 100; i++ {
		counts[ops[i%len(ops)].Name()]++
	}
	println(counts["add"], counts["sq"], counts["counted(add)"])
}
