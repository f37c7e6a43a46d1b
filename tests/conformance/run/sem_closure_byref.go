package main

type point struct{ x, y int }

func main() {
	x := 1
	get := func() int { return x }
	set := func(v int) { x = v }
	set(5)
	println(x, get())
	x = 7
	println(get())

	p := point{1, 2}
	move := func(dx int) { p.x += dx }
	snapshot := p
	move(10)
	println(p.x, snapshot.x)
	pp := &p
	move(1)
	println(pp.x)
	p = point{100, 200}
	move(1)
	println(pp.x, p.x)

	arr := [3]int{1, 2, 3}
	bumpArr := func() { arr[0]++ }
	cp := arr
	bumpArr()
	println(arr[0], cp[0])

	s := []int{1, 2, 3}
	appendS := func(v int) { s = append(s, v) }
	alias := s
	appendS(4)
	s[0] = 99
	println(len(s), len(alias), alias[0])

	counter := 0
	incs := []func(){}
	for i := 0; i < 3; i++ {
		step := i + 1
		incs = append(incs, func() { counter += step })
	}
	for _, f := range incs {
		f()
		f()
	}
	println(counter)

	var str string
	addStr := func(t string) func() string {
		return func() string {
			str += t
			return str
		}
	}
	a, b := addStr("a"), addStr("b")
	a()
	b()
	println(a(), str)

	n := 0
	outer := func() func() int {
		n++
		return func() int {
			n *= 10
			return n
		}
	}
	g := outer()
	h := outer()
	println(g(), h(), n)
}
