package main

type Speaker interface{ Speak() string }
type Namer interface {
	Name() string
}

type Dog struct{ n string }

func (d Dog) Speak() string { return d.n + " woofs" }
func (d Dog) Name() string  { return d.n }

type Pet struct {
	Speaker
	age int
}

type Owner struct {
	*Pet
	Namer
}

func main() {
	p := Pet{Dog{"rex"}, 3}
	println(p.Speak())
	var s Speaker = p // Pet satisfies Speaker through the embedded interface
	println(s.Speak())
	f := p.Speak
	p.Speaker = Dog{"max"}
	println(f(), p.Speak())
	o := Owner{&p, Dog{"ann"}}
	println(o.Speak(), o.Name())
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		defer println("deferred speak:", o.Speak())
		var q Pet
		q.Speak()
	}()
	g := o.Name
	o.Namer = Dog{"bob"}
	println(g(), o.Name())
}
