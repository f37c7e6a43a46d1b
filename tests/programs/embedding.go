package main

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return a.Name + " walks" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Logger struct{ lines int }

func (l *Logger) Log(s string) {
	l.lines++
	println("log:", s)
}

type Service struct {
	*Logger
	Dog
	id int
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	println(d.Name, d.Legs, d.Describe(), d.Animal.Name)
	d.Rename("max")
	println(d.Name, d.Describe())
	s := Service{Logger: &Logger{}, Dog: d, id: 7}
	s.Log("start")
	s.Log(s.Describe())
	s.Rename("buddy")
	println(s.lines, s.Name, d.Name, s.Legs)
	p := &s
	p.Legs = 3
	println(s.Dog.Animal.Legs, p.Breed)
}
