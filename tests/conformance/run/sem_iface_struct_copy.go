package main

type Box struct {
	vals [3]int
	tag  string
}

func (b Box) Sum() int {
	s := 0
	for _, v := range b.vals {
		s += v
	}
	return s
}

func (b Box) Mutate() int {
	b.vals[0] = 1000
	return b.vals[0]
}

type Summer interface{ Sum() int }

func main() {
	b := Box{[3]int{1, 2, 3}, "b"}
	var s Summer = b
	var a any = b
	b.vals[0] = 100
	println(s.Sum(), a.(Box).Sum(), b.Sum())
	c := a.(Box)
	c.vals[1] = 50
	println(a.(Box).vals[1], c.Sum())
	println(s.(Box).Mutate(), s.Sum())
	arr := [2]Box{b, b}
	var ai any = arr
	arr[0].vals[2] = -3
	println(ai.([2]Box)[0].vals[2], arr[0].vals[2])
	s2 := s
	println(s2 == s)
	b2, ok := s2.(Box)
	b2.tag = "x"
	println(ok, s.(Box).tag, b2.tag)
	ss := []Summer{b, b, b}
	b.vals = [3]int{}
	total := 0
	for _, x := range ss {
		total += x.Sum()
	}
	println(total)
	m := map[string]any{"k": b}
	bb := m["k"].(Box)
	bb.tag = "changed"
	println(m["k"].(Box).tag)
	m["k"] = bb
	println(m["k"].(Box).tag)
	var e any = struct {
		x int
		y string
	}{1, "y"}
	println(e.(struct {
		x int
		y string
	}).y)
}
