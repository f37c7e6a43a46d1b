package main

type Shape interface{ Area() int }

type Sq struct{}

func (s *Sq) Area() int { return 1 }

type Circle struct{}

func main() {
	var s Shape = &Sq{}
	_ = s.(Sq)     // ERROR "impossible type assertion: s.\(Sq\)"
	_ = s.(Circle) // ERROR "impossible type assertion: s.\(Circle\)"
	switch s.(type) {
	case Circle: // ERROR "impossible type switch case: .*Circle"
	case *Sq:
	}
}
