package main

type T struct {
	a int
	s string
}

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	println(v, ok)
	v, ok = m["missing"]
	println(v, ok)
	if v, ok := m["one"]; ok {
		println("found one", v)
	}
	_, ok = m["one"]
	println(ok)

	// comma-ok distinguishes stored zero values
	pm := map[int]*int{1: nil}
	p, ok := pm[1]
	println(p == nil, ok)
	p, ok = pm[2]
	println(p == nil, ok)

	im := map[int]any{1: nil}
	iv, ok := im[1]
	println(iv == nil, ok, len(im))

	sm := map[int][]int{1: nil, 2: {}}
	s1, ok1 := sm[1]
	s2, ok2 := sm[2]
	s3, ok3 := sm[3]
	println(s1 == nil, ok1, s2 == nil, ok2, s3 == nil, ok3)

	tm := map[int]T{5: {}}
	t, ok := tm[5]
	println(t.a, t.s == "", ok)
	t, ok = tm[6]
	println(t.a, ok)

	// ok assigned into existing variables of a named bool type
	type Found bool
	var f Found
	var n int
	n, f = m["one"]
	println(n, f)

	// comma-ok into struct fields and slice elements
	var res struct {
		v  int
		ok bool
	}
	res.v, res.ok = m["one"]
	flags := make([]bool, 2)
	var vals [2]int
	vals[0], flags[0] = m["zero"]
	vals[1], flags[1] = m["nope"]
	println(res.v, res.ok, vals[0], flags[0], vals[1], flags[1])

	// nil map comma-ok
	var nilm map[string]string
	sv, ok := nilm["x"]
	println(sv == "", ok)

	// comma-ok after delete
	delete(m, "zero")
	_, ok = m["zero"]
	println(ok, len(m))

	// key expression evaluated once
	calls := 0
	key := func() string { calls++; return "one" }
	_, ok = m[key()]
	println(ok, calls)
}
