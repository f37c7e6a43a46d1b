package main

// Pair[K, V]: construction, field access, methods returning a differently-ordered instance.

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{Key: k, Val: v}
}

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{Key: "swapped", Val: p.Key}
}

func (p Pair[K, V]) WithVal(v V) Pair[K, V] {
	p.Val = v
	return p
}

func (p *Pair[K, V]) SetKey(k K) {
	p.Key = k
}

func main() {
	p := MakePair(3, "three")
	println(p.Key, p.Val)

	q := p.WithVal("drei")
	println(p.Val, q.Val, q.Key)

	p.SetKey(30)
	println(p.Key, q.Key)

	s := p.Swap()
	println(s.Key, s.Val)

	var r Pair[string, float64]
	println(r.Key == "", r.Val == 0)
	r = Pair[string, float64]{"pi", 3.5}
	println(r.Key, r.Val)

	ps := []Pair[int, bool]{{1, true}, {2, false}, {Key: 3}}
	n := 0
	for _, x := range ps {
		if x.Val {
			n += x.Key * 100
		} else {
			n += x.Key
		}
	}
	println(n, len(ps))

	pp := &ps[1]
	pp.SetKey(20)
	pp.Val = true
	println(ps[1].Key, ps[1].Val)

	lit := Pair[Pair[int, int], string]{Pair[int, int]{1, 2}, "nested"}
	println(lit.Key.Key, lit.Key.Val, lit.Val)
}
