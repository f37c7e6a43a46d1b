package main

type K struct{ A, B int }

type Named interface{ N() string }
type X int

func (x X) N() string { return "x" }

func main() {
	var a, b any = 1, 1
	println(a == b)
	b = int64(1)
	println(a == b)
	a, b = "s", "s"
	println(a == b)
	a, b = K{1, 2}, K{1, 2}
	println(a == b)
	b = K{2, 1}
	println(a == b)
	p := &K{}
	a, b = p, p
	println(a == b)
	a = nil
	println(a == nil, a == b)
	var n1 Named = X(3)
	var n2 Named = X(3)
	println(n1 == n2, n1 != X(4))
	var c any = 3
	println(c == 3, c == "3", c == X(3))
	arr1 := [2]any{1, "a"}
	arr2 := [2]any{1, "a"}
	println(arr1 == arr2)
}
