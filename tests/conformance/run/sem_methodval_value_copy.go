package main

type Pt struct{ x, y int }

func (p Pt) Sum() int     { return p.x + p.y }
func (p *Pt) Scale(k int) { p.x *= k; p.y *= k }
func (p *Pt) PSum() int   { return p.x + p.y }

type Big struct {
	arr  [4]int
	name string
}

func (b Big) First() int   { return b.arr[0] }
func (b Big) Name() string { return b.name }

func main() {
	p := Pt{1, 2}
	sum := p.Sum   // copies p now
	psum := p.PSum // binds &p
	p.x = 100
	println(sum(), psum())
	p.Scale(2)
	println(sum(), psum())

	pp := &Pt{3, 4}
	sum2 := pp.Sum // dereferences pp now, copies *pp
	pp.x = 30
	println(sum2(), pp.Sum())
	pp = &Pt{50, 50}
	println(sum2())

	b := Big{[4]int{9, 8, 7, 6}, "orig"}
	first := b.First
	name := b.Name
	b.arr[0] = -1
	b.name = "changed"
	println(first(), name(), b.First(), b.Name())

	pts := []Pt{{1, 1}, {2, 2}}
	fs := []func() int{pts[0].Sum, pts[1].PSum}
	pts[0].x = 10
	pts[1].x = 20
	println(fs[0](), fs[1]())

	arr := [2]Pt{{1, 0}, {2, 0}}
	scale0 := arr[0].Scale
	s0 := arr[0].Sum
	scale0(5)
	println(arr[0].x, s0())

	m := map[string]Pt{"a": {7, 8}}
	ms := m["a"].Sum
	m["a"] = Pt{0, 0}
	println(ms())

	var f func() int
	for i := 0; i < 3; i++ {
		q := Pt{i, i}
		if i == 1 {
			f = q.Sum
		}
		q.x = 99
	}
	println(f())
}
