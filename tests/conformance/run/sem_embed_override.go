package main

type Base struct{ name string }

func (b Base) Hello() string    { return "base hello " + b.name }
func (b Base) Greet() string    { return b.Hello() + "!" }
func (b *Base) Rename(n string) { b.name = n }

type Derived struct {
	Base
	extra string
}

func (d Derived) Hello() string { return "derived hello " + d.name + d.extra }

type Derived2 struct{ Derived }

func (d *Derived2) Rename(n string) { d.Base.Rename("[" + n + "]") }

type Helloer interface{ Hello() string }
type Greeter interface{ Greet() string }

func main() {
	d := Derived{Base{"x"}, "+"}
	println(d.Hello())
	println(d.Base.Hello())
	// Greet is promoted from Base and calls Base.Hello, not Derived.Hello
	println(d.Greet())
	var h Helloer = d
	println(h.Hello())
	var g Greeter = d
	println(g.Greet())
	d2 := &Derived2{d}
	d2.Rename("y")
	println(d2.name, d.name)
	println(d2.Hello(), d2.Greet())
	d2.Derived.Rename("z")
	println(d2.Hello())
	d2.Derived.Base.Rename("w")
	println(d2.Base.Hello())
	hs := []Helloer{d, d.Base, d2, &d2.Derived, &d2.Derived.Base}
	for _, x := range hs {
		println(x.Hello())
	}
	f := d2.Greet
	d2.Rename("late")
	println(f(), d2.Greet())
}
