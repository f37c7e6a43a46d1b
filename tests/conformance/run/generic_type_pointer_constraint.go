package main

// A generic type whose second type parameter is constrained to be *T with a method
// (the "pointer method" constraint pattern), converting &T values to P inside methods.

type Setter[T any] interface {
	*T
	Set(string)
}

type Name struct{ s string }

func (n *Name) Set(s string) { n.s = "name:" + s }

type Count struct{ n int }

func (c *Count) Set(s string) { c.n = len(s) }

type Parser[T any, P Setter[T]] struct{ made int }

func (p *Parser[T, P]) Parse(ss ...string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		P(&out[i]).Set(s)
		p.made++
	}
	return out
}

func (p *Parser[T, P]) One(s string) T {
	var v T
	var ptr P = &v
	ptr.Set(s)
	p.made++
	return v
}

func main() {
	var np Parser[Name, *Name]
	ns := np.Parse("x", "y")
	println(ns[0].s, ns[1].s, np.made)
	println(np.One("z").s, np.made)

	cp := &Parser[Count, *Count]{}
	cs := cp.Parse("a", "bbb", "")
	println(cs[0].n, cs[1].n, cs[2].n, cp.made)
}
