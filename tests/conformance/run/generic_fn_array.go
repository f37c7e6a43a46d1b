package main

func Triple[T any](a, b, c T) [3]T {
	return [3]T{a, b, c}
}

func ReverseArr[T any](a [3]T) [3]T {
	a[0], a[2] = a[2], a[0]
	return a
}

func SameArr[T comparable](a, b [3]T) bool { return a == b }

func Fill[T any](p *[4]T, v T) {
	for i := range p {
		p[i] = v
	}
}

func SumGrid[T ~int | ~float64](g [2][2]T) T {
	var s T
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	return s
}

func main() {
	t := Triple("a", "b", "c")
	r := ReverseArr(t)
	println(t[0], r[0], r[2], len(r))
	println(SameArr(t, r), SameArr(t, ReverseArr(r)))
	ti := Triple(1, 2, 3)
	println(SameArr(ti, [3]int{1, 2, 3}), SameArr(ti, [3]int{}))

	var fa [4]float64
	Fill(&fa, 2.5)
	println(fa[0], fa[3])
	var sa [4]string
	Fill(&sa, "z")
	println(sa[0] + sa[1] + sa[2] + sa[3])

	println(SumGrid([2][2]int{{1, 2}, {3, 4}}), SumGrid([2][2]float64{{0.5, 0.5}, {1, 1}}))

	ta := Triple([2]int{1, 2}, [2]int{3, 4}, [2]int{5, 6})
	println(ta[2][1], SameArr(ta, Triple([2]int{1, 2}, [2]int{3, 4}, [2]int{5, 6})))
	copyT := t
	copyT[1] = "changed"
	println(t[1], copyT[1])
}
