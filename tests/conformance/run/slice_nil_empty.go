package main

func describe(s []int) {
	println(s == nil, len(s), cap(s))
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[:]
	e := b[0:0]
	describe(a)
	describe(b)
	describe(c)
	describe(d)
	describe(e)
	a = append(a, 1)
	describe(a)
	var f []string
	for range f {
		println("never")
	}
	println(len(f[0:]), f == nil)
	var m [][]int
	m = append(m, nil)
	println(len(m), m[0] == nil)
	g := a[:0]
	println(g == nil, cap(g))
}
