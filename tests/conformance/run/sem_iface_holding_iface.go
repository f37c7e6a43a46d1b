package main

type Speaker interface{ Speak() string }
type Loud interface {
	Speaker
	Volume() int
}

type Dog struct{ vol int }

func (d Dog) Speak() string { return "woof" }
func (d Dog) Volume() int   { return d.vol }

type Holder struct {
	s   Speaker
	any any
}

func dyn(x any) string {
	switch x.(type) {
	case Dog:
		return "Dog"
	case *Dog:
		return "*Dog"
	case nil:
		return "nil"
	}
	return "?"
}

func main() {
	var l Loud = Dog{3}
	var s Speaker = l
	var a any = s
	println(dyn(a), dyn(s), dyn(l))
	println(s == l, l != s)
	h := Holder{s, a}
	println(h.s.Speak(), h.any.(Loud).Volume(), h.any == h.s)
	nested := []any{l, s, a, &Dog{1}, nil}
	same := 0
	for _, x := range nested {
		if x == any(Dog{3}) {
			same++
		}
	}
	println(same)
	var ai any = &h
	println(ai.(*Holder).s.(Dog).vol)

	d, ok := a.(Dog)
	println(d.vol, ok)
	pd, ok := a.(*Dog)
	println(pd == nil, ok)
	sp, ok := a.(Speaker)
	println(sp != nil, ok)
	var empty any
	lo, ok := empty.(Loud)
	println(lo == nil, ok)
	st, ok := a.(struct{ x int })
	println(st.x, ok)
	arr, ok := a.([2]string)
	println(len(arr), arr[0] == "", ok)
	fn, ok := a.(func() int)
	println(fn == nil, ok)

	var spk Speaker
	var holder any = spk
	println(holder == nil, dyn(holder))
	speakers := map[string]Speaker{"d": Dog{5}}
	var miss Speaker = speakers["none"]
	println(miss == nil, speakers["d"].(Loud).Volume())
}
