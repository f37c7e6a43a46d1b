package main

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	println(b[3], c[3])
	d := make([]int, 3)
	e := append(d, 4)
	f := append(d, 5)
	println(e[3], f[3])
	e[0] = 1
	println(d[0], e[0])
	x := []int{1, 2, 3, 4, 5}
	y := x[1:3]
	y[0] = 20
	println(x[1], len(y), cap(y))
	y = append(y, 30)
	println(x[3])
	z := x[1:2:2]
	z = append(z, 99)
	println(x[2], z[1], cap(z))
	w := x[:0]
	for _, v := range x {
		if v%2 == 1 {
			w = append(w, v)
		}
	}
	println(len(w), w[0], w[1], x[0], x[1])
}
