package main

type Namer interface{ Name() string }

type Sounder interface{ Sound() string }

type Animal interface {
	Namer
	Sounder
}

type Pet interface {
	Animal
	Owner() string
}

type Dog struct{ name, owner string }

func (d Dog) Name() string  { return d.name }
func (d Dog) Sound() string { return "woof" }
func (d Dog) Owner() string { return d.owner }

type Cow struct{}

func (Cow) Name() string  { return "cow" }
func (Cow) Sound() string { return "moo" }

func introduce(a Animal) {
	println(a.Name(), "says", a.Sound())
	if p, ok := a.(Pet); ok {
		println("  owned by", p.Owner())
	}
}

func names(ns []Namer) string {
	s := ""
	for _, n := range ns {
		s += n.Name() + ","
	}
	return s
}

func main() {
	d := Dog{"rex", "ann"}
	var p Pet = d
	var a Animal = p
	var n Namer = a
	introduce(d)
	introduce(Cow{})
	println(n.Name(), a.Sound(), p.Owner())
	println(names([]Namer{d, Cow{}, n}))
	var s Sounder = Cow{}
	_, isPet := s.(Pet)
	_, isAnimal := s.(Animal)
	println(isPet, isAnimal)
	println(a == Animal(d), n == Namer(Cow{}))
}
