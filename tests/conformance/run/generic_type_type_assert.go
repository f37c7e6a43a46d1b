package main

// Type assertions to instance types, comma-ok forms, and assertion to generic interface instances.

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Getter[T any] interface{ Get() T }

type Ptr[T any] struct{ p *T }

func (p Ptr[T]) Get() T { return *p.p }

func main() {
	var x any = Box[int]{5}
	b := x.(Box[int])
	println(b.v)
	_, ok := x.(Box[int64])
	println(ok)
	_, ok = x.(*Box[int])
	println(ok)
	s, ok := x.(Box[string])
	println(s.v == "", ok)

	g, ok := x.(Getter[int])
	println(ok, g.Get())
	_, ok = x.(Getter[string])
	println(ok)

	n := 8
	x = Ptr[int]{&n}
	g, ok = x.(Getter[int])
	n = 9
	println(ok, g.Get())
	pt, ok := x.(Ptr[int])
	println(ok, *pt.p)

	var gi Getter[string] = Box[string]{"hello"}
	bs, ok := gi.(Box[string])
	println(bs.v, ok)
	_, ok = gi.(Ptr[string])
	println(ok)

	var e any = &Box[float64]{2}
	if pb, ok := e.(*Box[float64]); ok {
		pb.v = 4
		println(e.(*Box[float64]).v == 4)
	}
	gf, ok := e.(Getter[float64]) // *Box[float64] has Get in its method set too
	println(ok, gf.Get() == 4)

	var wrong any = Box[Box[int]]{Box[int]{1}}
	inner, ok := wrong.(Box[Box[int]])
	println(inner.v.v, ok)
	_, ok = wrong.(Box[int])
	println(ok)
}
