package main

type Point struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	println(a == b, a != b, a == c, a != c)
	s1 := [2]string{"x", "y"}
	s2 := [2]string{"x", "y" + ""}
	println(s1 == s2)
	p1 := [2]Point{{1, 2}, {3, 4}}
	p2 := [2]Point{{1, 2}, {3, 4}}
	p2[1].Y++
	println(p1 == p2)
	p2[1].Y--
	println(p1 == p2)
	f1 := [2]float64{0, 1}
	var negz float64 = 0
	negz = -negz
	f2 := [2]float64{negz, 1}
	println(f1 == f2)
	var e1, e2 [0]int
	println(e1 == e2)
	n1 := [2][2]int{{1, 2}, {3, 4}}
	n2 := n1
	println(n1 == n2)
	n2[1][1] = 0
	println(n1 == n2)
}
