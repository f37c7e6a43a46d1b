package main

type Namer interface{ Name() string }

type Dog int
type Cat int

func (Dog) Name() string { return "dog" }
func (Cat) Name() string { return "cat" }

type Robot struct{ id int }

func (r Robot) Name() string {
	if r.id > 10 {
		return "big robot"
	}
	return "robot"
}

func Names[T Namer](xs ...T) string {
	s := ""
	for _, x := range xs {
		s += x.Name() + ";"
	}
	return s
}

func Call[T Namer](x T) func() string {
	return x.Name
}

func Via[T Namer](x T) string {
	var n Namer = x
	return n.Name()
}

func Kind[T any](x T) string {
	if n, ok := any(x).(Namer); ok {
		return "namer " + n.Name()
	}
	return "plain"
}

func main() {
	println(Names(Dog(1), Dog(2)))
	println(Names(Cat(1)))
	println(Names(Robot{1}, Robot{20}))
	println(Names[Namer](Dog(0), Cat(0), Robot{99}))
	println(Call(Dog(0))(), Call(Cat(0))(), Call(Robot{11})())
	println(Via(Cat(3)), Via(Robot{3}))
	println(Kind(Dog(1)), Kind(1), Kind(Cat(1)), Kind(Robot{50}))
}
