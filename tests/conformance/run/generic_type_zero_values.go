package main

// Zero values of instances of every shape.

type Box[T any] struct{ v T }

func (b Box[T]) IsZero() bool {
	var z T
	return any(b.v) == any(z)
}

type Pair[A, B any] struct {
	a A
	b B
}

type Vec[T any] []T
type Dict[K comparable, V any] map[K]V
type Fn[T any] func(T) T
type Ptr[T any] *T

type Node[T any] struct {
	v    T
	next *Node[T]
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	var bi Box[int]
	var bs Box[string]
	var bp Box[*int]
	var bb Box[bool]
	println(bi.v, bs.v == "", bp.v == nil, bb.v)
	println(bi.IsZero(), bs.IsZero(), bp.IsZero(), bb.IsZero())

	var pr Pair[float64, Box[string]]
	println(pr.a == 0, pr.b.v == "", pr == Pair[float64, Box[string]]{})

	var v Vec[int]
	var d Dict[string, int]
	var f Fn[int]
	var p Ptr[int]
	println(v == nil, len(v), d == nil, len(d), d["missing"], f == nil, p == nil)

	var n Node[string]
	println(n.v == "", n.next == nil)

	zb := Zero[Box[int]]()
	zp := Zero[*Box[int]]()
	zv := Zero[Vec[string]]()
	println(zb.v, zp == nil, zv == nil)

	ptr := new(Pair[int, []int])
	println(ptr.a, ptr.b == nil, len(ptr.b))

	arr := [3]Box[int]{}
	sl := make([]Pair[int, string], 2)
	println(arr[2].v, sl[1].a, sl[1].b == "")

	m := map[string]Box[int]{}
	println(m["x"].v, m["x"].IsZero())

	var i any = Zero[Box[int]]()
	println(i == any(Box[int]{}), i == nil)
}
