package main

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type V struct{ n int }

func (v V) Get() int   { return v.n }
func (v *V) Set(n int) { v.n = n }

func describe(x any) {
	_, g := x.(Getter)
	_, s := x.(Setter)
	_, gs := x.(GetSetter)
	println(g, s, gs)
}

func main() {
	v := V{1}
	describe(v)
	describe(&v)
	var gs GetSetter = &v
	gs.Set(5)
	println(v.n, gs.Get())
	var g Getter = gs
	v.n = 9
	println(g.Get())
	g = v
	v.n = 10
	println(g.Get(), v.n)
	if s, ok := g.(Setter); ok {
		s.Set(0)
		println("unexpected")
	} else {
		println("value V has no Set")
	}
	g = &v
	if s, ok := g.(Setter); ok {
		s.Set(77)
	}
	println(v.n, g.Get())
	pv := g.(*V)
	pv.n++
	println(v.n, pv == &v)
	cp := *pv
	cp.Set(1)
	println(cp.n, v.n)
	var vs []Getter
	for i := 0; i < 3; i++ {
		x := V{i}
		vs = append(vs, x, &x)
	}
	sum := 0
	for _, e := range vs {
		sum += e.Get()
		if s, ok := e.(Setter); ok {
			s.Set(100)
		}
	}
	println(sum)
	sum = 0
	for _, e := range vs {
		sum += e.Get()
	}
	println(sum)
}
