package main

// == and != on instance values; instances in interfaces compare by dynamic type and value.

type Box[T comparable] struct{ v T }

type Pair[A, B comparable] struct {
	a A
	b B
}

func (p Pair[A, B]) Eq(o Pair[A, B]) bool { return p == o }

func Same[T comparable](x, y T) bool { return x == y }

type Point struct{ X, Y int }

func main() {
	println(Box[int]{1} == Box[int]{1}, Box[int]{1} == Box[int]{2}, Box[int]{} != Box[int]{0})
	println(Box[string]{"a"} == Box[string]{"a"}, Box[string]{"a"} == Box[string]{"b"})

	p := Pair[int, string]{1, "x"}
	q := Pair[int, string]{1, "x"}
	println(p == q, p.Eq(q), p.Eq(Pair[int, string]{1, "y"}))
	q.b = "z"
	println(p == q, p != q)

	println(Same(Box[Point]{Point{1, 2}}, Box[Point]{Point{1, 2}}), Same(Box[Point]{}, Box[Point]{Point{0, 1}}))

	n := 1
	pb := Box[*int]{&n}
	m := 1
	println(pb == Box[*int]{&n}, pb == Box[*int]{&m})

	// In interfaces, different instances never compare equal even with identical layout.
	var x, y any = Box[int]{1}, Box[int64]{1}
	println(x == y)
	y = Box[int]{1}
	println(x == y)
	var z any = Box[int]{2}
	println(x == z)

	arr1 := [2]Box[int]{{1}, {2}}
	arr2 := [2]Box[int]{{1}, {2}}
	println(arr1 == arr2)
	arr2[1].v = 3
	println(arr1 == arr2)

	nested := Pair[Box[int], Box[string]]{Box[int]{1}, Box[string]{"s"}}
	println(nested == Pair[Box[int], Box[string]]{Box[int]{1}, Box[string]{"s"}})
	println(nested.Eq(Pair[Box[int], Box[string]]{}))

	bf := Box[float64]{0}
	println(bf == Box[float64]{-0.0})
}
