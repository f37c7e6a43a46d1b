package main

type Base struct {
	id   int
	tags []string
}

func (b *Base) Tag(t string) { b.tags = append(b.tags, t) }
func (b Base) ID() int       { return b.id }
func (b *Base) SetID(id int) { b.id = id }
func (b Base) TagCount() int { return len(b.tags) }

type Item struct {
	*Base
	name string
}

type Wrapper struct {
	Item
	extra int
}

type Identified interface {
	ID() int
	SetID(int)
}

func main() {
	shared := &Base{id: 1}
	a := Item{shared, "a"}
	b := Item{shared, "b"}
	a.Tag("x")
	b.Tag("y")
	a.SetID(7)
	println(a.ID(), b.ID(), a.TagCount(), b.id)

	w := Wrapper{Item{&Base{id: 3}, "w"}, 9}
	w.Tag("deep")
	w.SetID(w.ID() + 10)
	println(w.id, w.TagCount(), w.Base.id, w.Item.Base.ID())

	var ident Identified = a
	ident.SetID(100)
	println(shared.id, b.ID())
	ident = &w
	ident.SetID(5)
	println(w.ID())
	wp := &w
	wp.Tag("ptr")
	println(wp.TagCount(), wp.name, wp.extra)
}
