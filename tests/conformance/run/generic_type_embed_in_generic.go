package main

// Generic types embedding other generic instances parameterised by their own type parameters.

type Box[T any] struct{ Val T }

func (b *Box[T]) Set(v T) { b.Val = v }
func (b Box[T]) Get() T   { return b.Val }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int { return len(s.items) }

type Named[T any] struct {
	Box[T]
	Name string
}

func (n Named[T]) Describe() string { return n.Name }

type History[T any] struct {
	Named[T]
	*Stack[T]
}

// Setting through History records the old value first; shadows the promoted Box.Set.
func (h *History[T]) Set(v T) {
	h.Push(h.Get())
	h.Named.Set(v)
}

type Keyed[K comparable, V any] struct {
	Box[V]
	key K
}

func main() {
	n := Named[int]{Name: "n"}
	n.Set(3)
	println(n.Get(), n.Val, n.Describe())

	h := History[string]{Named[string]{Name: "h"}, &Stack[string]{}}
	h.Set("a")
	h.Set("b")
	h.Set("c")
	println(h.Get(), h.Len(), h.items[0] == "", h.items[2], h.Describe())
	h.Box.Set("direct")
	println(h.Val, h.Len())

	k := Keyed[string, float64]{key: "k"}
	k.Set(1.5)
	println(k.key, k.Get() == 1.5)

	var d interface{ Describe() string } = h
	println(d.Describe())
	var gs interface{ Get() string } = &h
	println(gs.Get())
}
