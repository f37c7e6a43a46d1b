package main

// Instances over slice types, strings and bytes; slices inside instances share backing arrays.

type Box[T any] struct{ v T }

func (b Box[T]) Get() T   { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	b := Box[[]int]{[]int{1, 2, 3}}
	alias := b.Get()
	alias[0] = 100
	println(b.v[0], len(b.Get()), cap(b.Get()))
	b.Set(append(b.Get(), 4))
	println(len(b.v), b.v[3])

	var nb Box[[]string]
	println(nb.Get() == nil, len(nb.Get()))

	var ss Stack[[]string]
	ss.Push([]string{"a", "b"})
	ss.Push(nil)
	ss.Push([]string{"c"})
	top := ss.Pop()
	mid := ss.Pop()
	println(len(top), top[0], mid == nil, len(ss.items))

	var bs Stack[[]byte]
	bs.Push([]byte("hello"))
	w := bs.Pop()
	w[0] = 'j'
	println(string(w))

	str := Box[string]{"gopher"}
	println(str.Get()[1:3], len(str.Get()))
	str.Set(str.Get() + "!")
	println(str.v)

	grid := Box[[][]int]{}
	grid.Set(make([][]int, 2))
	for i := range grid.v {
		grid.v[i] = make([]int, 3)
		for j := range grid.v[i] {
			grid.v[i][j] = i*3 + j
		}
	}
	total := 0
	for _, row := range grid.Get() {
		for _, c := range row {
			total += c
		}
	}
	println(total, len(grid.v[1]))

	arr := Box[[3]int]{[3]int{1, 2, 3}}
	a2 := arr.Get()
	a2[0] = 9 // arrays copy
	println(arr.v[0], a2[0])
}
