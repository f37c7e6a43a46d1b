package main

// A panic raised by a method of a generic type (string value): exit status 2, message on stderr.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) MustPop() T {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	println(s.MustPop())
	println(s.MustPop())
	defer println("deferred in main runs")
	println(s.MustPop())
	println("unreachable")
}
