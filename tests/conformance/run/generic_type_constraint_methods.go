package main

// Generic types whose constraints have methods: calling T's methods from methods of the instance.

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Square struct{ s float64 }

func (s *Square) Area() float64 { return s.s * s.s }
func (s *Square) Name() string  { return "square" }

type Collection[S Shape] struct {
	items []S
}

func (c *Collection[S]) Add(s S) *Collection[S] { c.items = append(c.items, s); return c }

func (c Collection[S]) TotalArea() float64 {
	t := 0.0
	for _, s := range c.items {
		t += s.Area()
	}
	return t
}

func (c Collection[S]) Largest() (best S) {
	for i, s := range c.items {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

type Keyer[K comparable] interface{ Key() K }

type Item struct {
	id   int
	name string
}

func (i Item) Key() int { return i.id }

type Index[K comparable, V Keyer[K]] struct {
	byKey map[K]V
}

func (x *Index[K, V]) Put(v V) { x.byKey[v.Key()] = v }

func main() {
	var rc Collection[Rect]
	rc.Add(Rect{1, 2}).Add(Rect{3, 3}).Add(Rect{2, 2})
	println(rc.TotalArea() == 15, rc.Largest().w, rc.Largest().Name())

	var sc Collection[*Square]
	sc.Add(&Square{2}).Add(&Square{1})
	l := sc.Largest()
	println(sc.TotalArea() == 5, l.s == 2, l.Name())
	l.s = 10
	println(sc.items[0].s == 10)

	var ic Collection[Shape]
	ic.Add(Rect{1, 1}).Add(&Square{3})
	println(ic.Largest().Name(), ic.TotalArea() == 10)

	ix := Index[int, Item]{map[int]Item{}}
	ix.Put(Item{1, "a"})
	ix.Put(Item{2, "b"})
	ix.Put(Item{1, "c"})
	println(len(ix.byKey), ix.byKey[1].name)
}
