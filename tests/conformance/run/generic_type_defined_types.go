package main

// Aliases of instances, defined types over instances (no inherited methods), and conversions.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) Len() int  { return len(s.items) }

type IntStack = Stack[int] // alias: same type, same methods

type Frozen Stack[int] // defined type: same underlying, no methods

func (f Frozen) Size() int { return len(f.items) * 10 }

type Wrapper struct{ Stack[int] }

type List[T any] []T

func (l List[T]) First() T { return l[0] }

type Ints List[int]

func takesStack(s Stack[int]) int { return s.Len() }

func main() {
	var a IntStack
	a.Push(1)
	a.Push(2)
	println(a.Len(), takesStack(a))
	var s Stack[int] = a
	println(s.Len())
	var x any = a
	_, ok := x.(Stack[int])
	println(ok)

	f := Frozen(s)
	println(f.Size(), len(f.items))
	back := Stack[int](f)
	back.Push(3)
	println(back.Len(), f.Size())
	x = f
	_, ok = x.(Stack[int])
	_, ok2 := x.(Frozen)
	println(ok, ok2)

	w := Wrapper{back}
	w.Push(4)
	println(w.Len(), back.Len())

	l := List[string]{"first", "second"}
	println(l.First())
	is := Ints{5, 6}
	println(List[int](is).First(), len(is))
	x = is
	_, ok = x.(List[int])
	println(ok)
}
