package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Mid struct {
	Base
	Level int
}

type Top struct {
	*Mid
	Extra string
}

func main() {
	m := Mid{Base{1, "m"}, 2}
	println(m.ID, m.Name, m.Base.ID, m.Level)
	println(m.Describe())
	m.Rename("renamed")
	println(m.Name, m.Base.Name)
	t := Top{&m, "x"}
	println(t.ID, t.Describe(), t.Level)
	t.Rename("via top")
	println(m.Name)
	t.Name = "direct"
	println(m.Base.Name)
	mp := &m
	println(mp.Describe(), mp.ID)
}
