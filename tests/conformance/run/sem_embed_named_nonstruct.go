package main

type Count int

func (c Count) Twice() int { return int(c) * 2 }
func (c *Count) Inc()      { *c++ }

type List []string

func (l List) Len() int       { return len(l) }
func (l *List) Push(s string) { *l = append(*l, s) }
func (l List) Join() string {
	out := ""
	for i, s := range l {
		if i > 0 {
			out += ","
		}
		out += s
	}
	return out
}

type Attrs map[string]int

func (a Attrs) Set(k string, v int) { a[k] = v }

type Rec struct {
	Count
	List
	Attrs
	name string
}

type Lener interface{ Len() int }
type Incer interface{ Inc() }

func main() {
	r := Rec{Count: 3, Attrs: Attrs{}}
	r.Inc()
	r.Inc()
	r.Push("a")
	r.Push("b")
	r.Set("x", 1)
	println(r.Count, r.Twice(), r.Len(), r.Join(), r.Attrs["x"])
	r.Count += 10
	r.List = append(r.List, "c")
	println(r.Twice(), r.Join())
	var l Lener = r
	println(l.Len())
	var in Incer = &r
	in.Inc()
	println(r.Count)
	_, ok := any(r).(Incer)
	println(ok)
	c := r
	c.Push("d")
	c.Set("y", 2)
	c.Inc()
	println(r.Len(), c.Len(), len(r.Attrs), r.Count, c.Count)
	type PRec struct{ *Count }
	n := Count(7)
	pr := PRec{&n}
	pr.Inc()
	println(n, pr.Twice())
	in = pr
	in.Inc()
	println(n)
}
