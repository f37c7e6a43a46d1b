package main

// Recursive instantiation: *Node[T] links, building, reversing and mapping lists.

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

func FromSlice[T any](xs []T) *Node[T] {
	var head *Node[T]
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node[T]{xs[i], head}
	}
	return head
}

func (n *Node[T]) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node[T]) Reverse() *Node[T] {
	var prev *Node[T]
	for n != nil {
		next := n.Next
		n.Next = prev
		prev, n = n, next
	}
	return prev
}

func (n *Node[T]) Each(f func(T)) {
	for ; n != nil; n = n.Next {
		f(n.Val)
	}
}

func Map[T, U any](n *Node[T], f func(T) U) *Node[U] {
	if n == nil {
		return nil
	}
	return &Node[U]{f(n.Val), Map(n.Next, f)}
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4})
	l.Each(func(v int) { print(v, " ") })
	println(l.Len())
	l = l.Reverse()
	l.Each(func(v int) { print(v, " ") })
	println()

	strs := Map(l, func(v int) string { return string(rune('a' + v)) })
	strs.Each(func(s string) { print(s) })
	println(" ", strs.Len())

	println((*Node[float64])(nil).Len(), (*Node[bool])(nil).Reverse() == nil)

	// a list of lists
	ll := FromSlice([]*Node[int]{FromSlice([]int{1}), nil, FromSlice([]int{2, 3})})
	ll.Each(func(in *Node[int]) { print(in.Len(), ";") })
	println()

	// cycle detection on the same type
	c := FromSlice([]string{"x", "y", "z"})
	c.Next.Next.Next = c
	slow, fast := c, c
	cycle := false
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			cycle = true
			break
		}
	}
	println(cycle, slow.Val)
}
