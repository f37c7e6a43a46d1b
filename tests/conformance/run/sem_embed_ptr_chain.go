package main

type Leaf struct{ v int }

func (l *Leaf) Inc() int { l.v++; return l.v }
func (l Leaf) Val() int  { return l.v }

type Mid struct {
	*Leaf
	tag string
}

type Top struct {
	Mid
	n int
}

type PTop struct {
	*Top
}

func main() {
	shared := &Leaf{1}
	t := Top{Mid{shared, "m"}, 0}
	t.Inc()
	println(t.Val(), shared.v, t.v, t.Mid.Leaf.v)
	t2 := t // copies Mid, shares *Leaf
	t2.Inc()
	t2.tag = "copy"
	println(t.Val(), t2.Val(), t.tag, t2.tag)
	pt := PTop{&t}
	pt.Inc()
	pt.tag = "via ptop"
	pt.n = 5
	println(t.v, t.tag, t.n)
	t.Leaf = &Leaf{100}
	println(pt.Val(), t2.Val(), shared.v)
	inc := pt.Inc
	inc()
	inc()
	println(t.v, pt.Leaf == t.Leaf)
	var empty Top
	println(empty.Leaf == nil, empty.tag == "")
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
	}()
	println(empty.v)
}
