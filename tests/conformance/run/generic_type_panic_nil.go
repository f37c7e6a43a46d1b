package main

// Nil pointer dereference inside a method of a generic linked list.

type Node[T any] struct {
	val  T
	next *Node[T]
}

func (n *Node[T]) Second() T { return n.next.val }

func (n *Node[T]) SafeLen() int {
	c := 0
	for ; n != nil; n = n.next {
		c++
	}
	return c
}

func main() {
	l := &Node[int]{1, &Node[int]{2, nil}}
	println(l.Second(), l.SafeLen())
	var empty *Node[int]
	println(empty.SafeLen())
	one := &Node[float64]{val: 1}
	println(one.SafeLen())
	println(one.Second())
}
