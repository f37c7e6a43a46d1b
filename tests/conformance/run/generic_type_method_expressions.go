package main

// Method expressions on instance types: (*Stack[int]).Push, Box[int].Get, (*Box[int]).Get.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) Top() T    { return s.items[len(s.items)-1] }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T                         { return b.v }
func (b Box[T]) Add(d T, f func(T, T) T) Box[T] { return Box[T]{f(b.v, d)} }
func (b *Box[T]) Set(v T)                       { b.v = v }

type Getter[T any] interface{ Get() T }

func main() {
	push := (*Stack[int]).Push
	var s Stack[int]
	push(&s, 10)
	push(&s, 20)
	top := Stack[int].Top
	println(top(s), len(s.items))
	ptop := (*Stack[int]).Top // value method through pointer type
	println(ptop(&s))

	get := Box[string].Get
	println(get(Box[string]{"val"}))
	pget := (*Box[string]).Get
	b := &Box[string]{"ptr"}
	println(pget(b))
	set := (*Box[string]).Set
	set(b, "changed")
	println(b.v, pget(b))

	add := Box[int].Add
	r := add(Box[int]{1}, 2, func(a, b int) int { return a + b })
	println(r.v)

	var ig Getter[int] = Box[int]{7}
	gm := ig.Get
	println(gm(), Box[int].Get(Box[int]{8}))

	ops := []func(*Box[float64], float64){(*Box[float64]).Set}
	var bf Box[float64]
	ops[0](&bf, 2.5)
	println(bf.v == 2.5)

	pushStr := (*Stack[string]).Push
	var ss Stack[string]
	for _, w := range []string{"x", "y", "z"} {
		pushStr(&ss, w)
	}
	println(Stack[string].Top(ss), len(ss.items))
}
