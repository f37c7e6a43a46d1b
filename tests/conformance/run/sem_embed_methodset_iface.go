package main

type Valuer interface{ Value() int }
type Bumper interface{ Bump() }
type Both interface {
	Valuer
	Bumper
}

type Core struct{ n int }

func (c Core) Value() int { return c.n }
func (c *Core) Bump()     { c.n++ }

type ByVal struct{ Core }
type ByPtr struct{ *Core }
type Deep struct{ ByVal }
type DeepPtr struct{ *ByVal }

func check(name string, x any) {
	_, v := x.(Valuer)
	_, b := x.(Bumper)
	println(name, v, b)
}

func main() {
	check("ByVal", ByVal{})
	check("*ByVal", &ByVal{})
	check("ByPtr", ByPtr{&Core{}})
	check("Deep", Deep{})
	check("*Deep", &Deep{})
	check("DeepPtr", DeepPtr{&ByVal{}})

	bv := ByVal{Core{1}}
	var both Both = &bv
	both.Bump()
	both.Bump()
	println(bv.n, both.Value())

	bp := ByPtr{&Core{10}}
	both = bp
	both.Bump()
	println(bp.n, both.Value())
	bp2 := bp
	bp2.Bump()
	println(bp.Value(), both.Value())

	dp := DeepPtr{&ByVal{Core{50}}}
	both = dp
	both.Bump()
	println(dp.n, dp.ByVal.Core.n)

	var v Valuer = bv
	bv.Bump()
	println(v.Value(), bv.Value())
	vals := []Valuer{bv, &bv, bp, Deep{bv}, dp}
	sum := 0
	for _, x := range vals {
		sum += x.Value()
	}
	println(sum)
}
