package main

// Ordered singly linked list over an Ordered constraint, with recursive *node[T] links.

type Ordered interface {
	~int | ~int64 | ~uint8 | ~float64 | ~string
}

type node[T Ordered] struct {
	val  T
	next *node[T]
}

type SortedList[T Ordered] struct {
	head *node[T]
	size int
}

func (l *SortedList[T]) Insert(v T) {
	l.size++
	if l.head == nil || v < l.head.val {
		l.head = &node[T]{v, l.head}
		return
	}
	cur := l.head
	for cur.next != nil && cur.next.val <= v {
		cur = cur.next
	}
	cur.next = &node[T]{val: v, next: cur.next}
}

func (l *SortedList[T]) Remove(v T) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).next {
		if (*pp).val == v {
			*pp = (*pp).next
			l.size--
			return true
		}
	}
	return false
}

func (l SortedList[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Celsius float64

func main() {
	var l SortedList[int]
	for _, v := range []int{5, 1, 4, 1, 9, -3, 7} {
		l.Insert(v)
	}
	l.Each(func(v int) { print(v, " ") })
	println(l.size)
	println(l.Remove(1), l.Remove(42), l.Remove(-3), l.size)
	l.Each(func(v int) { print(v, " ") })
	println()
	var ws SortedList[string]
	for _, w := range []string{"pear", "apple", "fig", "banana", "apple"} {
		ws.Insert(w)
	}
	ws.Each(func(s string) { print(s, " ") })
	println(ws.Remove("apple"), ws.head.val, ws.size)

	var cs SortedList[Celsius]
	cs.Insert(21.5)
	cs.Insert(-4)
	cs.Insert(0)
	last, okOrder := Celsius(-1000), true
	cs.Each(func(c Celsius) { okOrder, last = okOrder && c >= last, c })
	println(okOrder, last == 21.5, cs.size)
}
