package main

// Struct identity compares field names (an embedded field is named after the type name as
// written, an alias too), embeddedness and tags; conversions ignore tags. Defined types may be
// declared as types still being declared; named pointer types select their base's fields; values
// compare when either is assignable to the other's type.

type Int = int

type A = struct{ int }
type B = struct{ Int }

type T1 struct {
	Next *T2
}

type T2 T1

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T6
type T6 T3

type Tagged struct {
	X int `json:"x"`
}

type Plain struct {
	X int
}

type P *T1

type OutputID [4]interface{}

func id(x int) [4]interface{} {
	var out [4]interface{}
	out[0] = x
	return out
}

type Blank struct {
	_, _ int
	v    int
}

func (Blank) _() {}
func (Blank) _() {}

func main() {
	var x, y interface{} = A{}, B{}
	println(x == y)
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	println(x == y)
	{
		type C = int32
		y = struct{ C }{}
	}
	println(x == y)

	t2 := &T2{&T2{}}
	t1 := T1(*t2)
	println(t1.Next != nil, t1.Next.Next == nil)
	t4 := T4{&T4{}}
	println(t4.Next.Next == nil)

	tg := Tagged{X: 7}
	pl := Plain(tg)
	ptg := (*Tagged)(&pl)
	println(pl.X, ptg.X, struct{ X int }(tg).X)

	var p P = &T1{}
	p.Next = t2
	println(p.Next == t2)

	var o OutputID = id(1234)
	println(o == id(1234), o != id(5), id(5) == o)

	println(Blank{v: 3}.v)
}
