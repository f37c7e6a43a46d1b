package main

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[1] = 200
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	println(a[0], b[0])
	c := modify(a)
	println(a[0], c[0])
	modifyPtr(&a)
	println(a[1])
	p := &a
	p[2] = 300
	println(a[2], len(p), p[0])
	var z [4]string
	println(len(z), z[3] == "")
	d := [...]int{5: 1, 2, 0: 7}
	println(len(d), d[0], d[5], d[6])
	for i, v := range a {
		a[2] = 0
		println(i, v)
	}
	s := a[:]
	s[0] = -1
	println(a[0])
}
