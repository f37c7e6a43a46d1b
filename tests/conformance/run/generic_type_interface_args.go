package main

import "errors"

// Instances whose type argument is an interface type: Box[any], Box[error], Stack[Shape].

type Box[T any] struct{ v T }

func (b Box[T]) Get() T   { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Speaker interface{ Speak() string }

type Dog struct{}
type Cat struct{ name string }

func (Dog) Speak() string   { return "woof" }
func (c Cat) Speak() string { return c.name + " meows" }

func main() {
	var ba Box[any]
	println(ba.Get() == nil)
	ba.Set(3)
	n, ok := ba.Get().(int)
	println(n, ok)
	ba.Set("s")
	_, ok = ba.Get().(int)
	println(ok, ba.Get() == "s")

	var be Box[error]
	println(be.Get() == nil)
	be.Set(errors.New("boom"))
	println(be.Get().Error())

	var ss Stack[Speaker]
	ss.Push(Dog{})
	ss.Push(Cat{"tom"})
	ss.Push(&Cat{"ptr"})
	for _, s := range ss.items {
		print(s.Speak(), "; ")
	}
	println()
	_, isCat := ss.items[1].(Cat)
	println(isCat)

	bs := Box[Speaker]{Dog{}}
	var bs2 Box[Speaker]
	bs2.Set(Dog{})
	println(bs == bs2)
	bs2.Set(Cat{"x"})
	println(bs == bs2)

	nested := Box[Box[any]]{Box[any]{Box[int]{5}}}
	inner, ok := nested.v.v.(Box[int])
	println(inner.v, ok)

	var bi Box[interface{ Get() int }]
	bi.Set(Box[int]{12})
	println(bi.Get().Get())
}
