package main

// Small structs of scalars are kept in wasm locals and passed as values (flat structs); every
// way a value can be read, written, copied, compared, boxed and addressed must keep Go semantics.

type Vec struct{ X, Y float64 }

func (v Vec) Add(w Vec) Vec      { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) Scaled(k float64) Vec { v.X *= k; v.Y *= k; return v }
func (v *Vec) Scale(k float64)   { v.X *= k; v.Y *= k }

type Pair struct {
	Name string
	N    int64
}

type Small struct {
	B  bool
	I8 int8
	U8 uint8
	I  int16
}

type Inner struct{ A, B int32 }
type Outer struct {
	In Inner
	C  int32
}

type Node struct {
	Val  int
	Next *Node
}

type Named struct{ Vec }

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

var trace []string

func mark(s string, v float64) float64 {
	trace = append(trace, s)
	return v
}

func swap(a, b Vec) (Vec, Vec) { return b, a }

func main() {
	v := Vec{1, 2}
	w := v
	w.X = 10
	println(v.X, v.Y, w.X, w.Y)

	v.Y += 3
	v.X++
	println(v.X, v.Y)

	u := v.Add(w).Scaled(2)
	println(u.X, u.Y)

	v.Scale(3) // pointer method on an addressable local
	println(v.X, v.Y)

	// Keyed literal out of field order: evaluated in source order.
	k := Vec{Y: mark("y", 1), X: mark("x", 2)}
	println(k.X, k.Y, trace[0], trace[1])
	z := Vec{Y: 5}
	println(z.X, z.Y)

	a, b := swap(Vec{1, 1}, Vec{2, 2})
	a, b = b, a
	println(a.X, b.X)

	// Comparison: NaN fields are never equal, strings by content.
	nan := 0.0
	nan = nan / nan
	println(Vec{1, 2} == Vec{1, 2}, Vec{1, 2} != Vec{1, 3}, Vec{nan, 0} == Vec{nan, 0})
	p1 := Pair{"go" + "pher", 1}
	s := "gopher"
	p2 := Pair{s, 1}
	println(p1 == p2, p1.Name, p1.N)

	sm := Small{true, -5, 250, -300}
	sm.I8--
	sm.U8 += 10
	println(sm.B, sm.I8, sm.U8, sm.I)

	o := Outer{Inner{1, 2}, 3}
	o.In.B = 20
	in := o.In
	in.A = 100
	println(o.In.A, o.In.B, o.C, in.A)

	// Slices, arrays and maps of flat structs keep their memory layout.
	vs := []Vec{{1, 1}, {2, 2}}
	vs[1].Y = 7
	for _, e := range vs {
		e.X = 99 // a copy
	}
	for i := range vs {
		vs[i].X += 1
	}
	println(vs[0].X, vs[1].X, vs[1].Y)
	var arr [2]Vec
	arr[1] = Vec{3, 4}
	println(arr[1].Y, arr[0] == Vec{})
	m := map[string]Vec{"a": {1, 2}}
	m["b"] = m["a"].Add(Vec{1, 1})
	println(m["b"].X, m["b"].Y, len(m))
	keys := map[Inner]int{{1, 2}: 5}
	keys[Inner{1, 2}]++
	println(keys[Inner{1, 2}])

	// Pointers, heap literals, embedded pointers.
	pv := &Vec{5, 6}
	pv.Y = 60
	cp := *pv
	cp.X = 0
	println(pv.X, pv.Y, cp.X)
	n := Node{1, &Node{2, nil}}
	println(n.Next.Val, n.Next.Next == nil)
	nn := Named{Vec{1, 2}}
	println(nn.Add(Vec{1, 1}).Y, nn.X)

	// Interfaces: boxed copies.
	r := Rect{2, 3}
	var sh Shape = r
	r.W = 100
	println(sh.Area(), sh.(Rect).W)
	var e interface{} = Vec{1, 2}
	println(e == interface{}(Vec{1, 2}), e.(Vec).Y)

	// Closures capture by reference; method values bind a copy.
	c := Vec{1, 1}
	inc := func() { c.X++ }
	inc()
	inc()
	f := c.Add
	c.Y = 50
	println(c.X, c.Y, f(Vec{}).Y)

	// Defer evaluates its arguments at once.
	func() {
		d := Vec{1, 2}
		defer func(x Vec) { println("deferred", x.X, x.Y) }(d)
		d.X = 9
	}()

	// Conversion between struct types with identical underlying types.
	type Point struct{ X, Y float64 }
	pt := Point(v)
	println(pt.X, pt.Y)

	// Calls as struct operands.
	s1, s2 := swap(Vec{1, 2}, Vec{3, 4})
	println(s1.X, s2.Y)
	println(Vec{1, 2}.Add(Vec{3, 4}).X, Pair{"x", 2}.N)
}
