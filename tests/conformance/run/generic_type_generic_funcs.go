package main

// Generic functions taking and returning generic types, with inference from instance arguments.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Box[T any] struct{ v T }

type Pair[A, B any] struct {
	a A
	b B
}

func Len[T any](s *Stack[T]) int { return len(s.items) }

func PushAll[T any](s *Stack[T], xs ...T) *Stack[T] {
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

func MapBox[T, U any](b Box[T], f func(T) U) Box[U] { return Box[U]{f(b.v)} }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := len(as)
	if len(bs) < n {
		n = len(bs)
	}
	out := make([]Pair[A, B], n)
	for i := 0; i < n; i++ {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	var as []A
	var bs []B
	for _, p := range ps {
		as = append(as, p.a)
		bs = append(bs, p.b)
	}
	return as, bs
}

func Transfer[T any](from, to *Stack[T]) {
	for i := len(from.items) - 1; i >= 0; i-- {
		to.Push(from.items[i])
	}
	from.items = nil
}

func main() {
	s := PushAll(&Stack[int]{}, 1, 2, 3)
	println(Len(s))
	var t Stack[int]
	Transfer(s, &t)
	println(Len(s), Len(&t), t.items[0])

	b := MapBox(Box[int]{21}, func(i int) string { return "n" + string(rune('0'+i%10)) })
	println(b.v)
	bb := MapBox(MapBox(Box[string]{"abc"}, func(s string) int { return len(s) }), func(n int) bool { return n == 3 })
	println(bb.v)

	zs := Zip([]string{"a", "b", "c"}, []int{1, 2})
	println(len(zs), zs[1].a, zs[1].b)
	as, bs := Unzip(zs)
	println(len(as), as[0], bs[1])

	ps := PushAll(&Stack[Pair[string, int]]{}, zs...)
	println(Len(ps), ps.items[0].a)
}
