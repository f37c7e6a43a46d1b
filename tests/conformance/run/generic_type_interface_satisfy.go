package main

// Instances satisfying interfaces: dynamic dispatch through interface values holding instances.

type Container interface {
	Len() int
	Describe() string
}

type Pusher[T any] interface {
	Push(T)
	Len() int
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)         { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int         { return len(s.items) }
func (s *Stack[T]) Describe() string { return "stack" }

type Box[T any] struct{ v T }

func (b Box[T]) Len() int         { return 1 }
func (b Box[T]) Describe() string { return "box" }

type Stringer interface{ String() string }

type Named[T any] struct {
	name string
	v    T
}

func (n Named[T]) String() string { return "<" + n.name + ">" }

func fill[T any](p Pusher[T], xs ...T) int {
	for _, x := range xs {
		p.Push(x)
	}
	return p.Len()
}

func main() {
	var cs []Container
	s := &Stack[int]{}
	s.Push(1)
	cs = append(cs, s, Box[string]{"x"}, &Box[float64]{}, &Stack[string]{})
	total := 0
	for _, c := range cs {
		print(c.Describe(), c.Len(), " ")
		total += c.Len()
	}
	println()
	println(total)

	var p Pusher[int] = s
	p.Push(2)
	println(s.Len(), p.Len())
	println(fill[string](&Stack[string]{}, "a", "b", "c"))
	println(fill(Pusher[int](s), 3, 4), s.items[3])

	var st Stringer = Named[int]{"n", 1}
	println(st.String())
	strs := []Stringer{Named[bool]{name: "b"}, &Named[[]int]{name: "p"}}
	for _, x := range strs {
		print(x.String())
	}
	println()

	var e any = s
	c, ok := e.(Container)
	println(ok, c.Len())
	_, ok = e.(Stringer)
	println(ok)
}
