package main

// Instances as type arguments of other instances: Box[Pair[int,string]], Stack[Box[int]], ...

type Box[T any] struct{ v T }

func (b Box[T]) Get() T   { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) Flip() Pair[string, K] { return Pair[string, K]{"f", p.K} }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func Wrap[T any](v T) Box[T] { return Box[T]{v} }

func main() {
	bp := Box[Pair[int, string]]{Pair[int, string]{1, "one"}}
	println(bp.Get().K, bp.Get().V, bp.v.Flip().K, bp.v.Flip().V)
	bp.Set(Pair[int, string]{K: 2})
	println(bp.v.K, bp.v.V == "")

	var sb Stack[Box[int]]
	sb.Push(Box[int]{1})
	sb.Push(Wrap(2))
	top := sb.Pop()
	top.Set(20)
	println(top.Get(), sb.items[0].Get(), len(sb.items))

	bbb := Wrap(Wrap(Wrap("deep")))
	println(bbb.Get().Get().Get())
	bbb.v.v.Set("deeper")
	println(bbb.v.v.v)

	ps := Pair[Box[int], *Stack[string]]{Box[int]{5}, &Stack[string]{}}
	ps.V.Push("x")
	ps.V.Push("y")
	println(ps.K.Get(), ps.V.Pop(), len(ps.V.items))

	m := map[string]Stack[Pair[int, int]]{}
	s := m["a"]
	s.Push(Pair[int, int]{1, 2})
	m["a"] = s
	println(len(m["a"].items), m["a"].items[0].V)

	pb := Pair[Pair[int, int], Box[Pair[bool, string]]]{}
	pb.V.Set(Pair[bool, string]{true, "t"})
	pb.K.K = 9
	println(pb.K.K, pb.V.Get().K, pb.V.v.V)
}
