package main

type Inner struct{ Label string }

func (Inner) Describe() string { return "inner describe" }
func (Inner) Kind() string     { return "inner kind" }
func (i Inner) Tag() string    { return "tag:" + i.Label }

// Outer has a field named Describe (func) that shadows the promoted method.
type Outer struct {
	Inner
	Describe func() string
}

// Mid has a method named Label that shadows the deeper field Inner.Label.
type Mid struct{ Inner }

func (Mid) Label() string { return "mid label method" }

type Top struct {
	Mid
	Kind string
}

type Kinder interface{ Kind() string }

func main() {
	o := Outer{Inner{"L"}, func() string { return "field func" }}
	println(o.Describe(), o.Inner.Describe(), o.Kind(), o.Label)
	o.Describe = o.Inner.Describe
	println(o.Describe())
	var k Kinder = o
	println(k.Kind())

	m := Mid{Inner{"deep"}}
	println(m.Label(), m.Inner.Label, m.Tag())
	t := Top{m, "field kind"}
	println(t.Kind, t.Mid.Kind(), t.Label(), t.Tag())
	k = t.Mid
	println(k.Kind())
	type Labeler interface{ Label() string }
	var l Labeler = t
	println(l.Label())
	_, ok := any(t).(Kinder)
	println(ok)
	_, ok = any(m).(Kinder)
	println(ok)
}
