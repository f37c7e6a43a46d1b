package main

type Matrix [][]float64

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var s []int
	println(s == nil, len(s), cap(s))
	for i := 0; i < 20; i++ {
		s = append(s, i)
		print(cap(s), " ")
	}
	println()
	a := s[2:5]
	b := a[1:8]
	println(len(a), cap(a), len(b), cap(b), b[6])
	a = append(a, 100)
	println(s[5])
	c := s[1:3:4]
	c = append(c, 7)
	c = append(c, 8)
	println(s[3], len(c), cap(c))
	d := make([]int, 3, 10)
	n := copy(d, s)
	println(n, d[0], d[1], d[2])
	bs := make([]byte, 4)
	n = copy(bs, "bytes")
	println(n, string(bs))
	e := []int{}
	println(e == nil, len(e))
	m := identity(3)
	println(m[0][0], m[1][0], m[2][2])
	println(sum(), sum(1, 2, 3), sum(s[:4]...))
	grid := [3][4]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	println(grid[2][3], len(grid), len(grid[0]))
	strs := []string{"a", "b"}
	strs = append(strs, "c", "d", "e")
	println(len(strs), cap(strs), strs[4])
	type pair struct{ k string; v int }
	ps := []pair{{"x", 1}, {"y", 2}}
	ps = append(ps, pair{"z", 3})
	ps[0].v = 10
	total := 0
	for _, p := range ps {
		total += p.v
	}
	println(total, ps[2].k)
}
