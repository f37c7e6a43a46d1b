package main

type Node struct {
	Val  int
	Next *Node
}

func NonNil[T comparable](xs []T) int {
	var zero T
	n := 0
	for _, x := range xs {
		if x != zero {
			n++
		}
	}
	return n
}

func Walk[T any](start T, next func(T) T, stop func(T) bool) int {
	n := 0
	for cur := start; !stop(cur); cur = next(cur) {
		n++
	}
	return n
}

func Get[T any](p *T) T { return *p }

func Set[T any](p *T, v T) { *p = v }

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	n := Walk(list, func(n *Node) *Node { return n.Next }, func(n *Node) bool { return n == nil })
	println(n)
	println(NonNil([]*Node{list, nil, list.Next, nil}))

	node := Get(&list)
	println(node.Val, Get(list).Val, Get(&list.Next.Next.Val))

	Set(&list.Next.Val, 20)
	println(list.Next.Val)
	Set(&list.Next, &Node{Val: 99})
	println(list.Next.Val, list.Next.Next == nil)

	var pp **Node = &list
	Set(pp, nil)
	println(list == nil, NonNil([]*Node{list}))

	x := 5
	ptrs := []*int{&x, &x}
	Set(ptrs[0], 6)
	println(x, *ptrs[1])
}
