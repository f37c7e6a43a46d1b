package main

type Node struct {
	val  int
	next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.next != nil {
		cur = cur.next
	}
	cur.next = n
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).next {
		if (*pp).val == v {
			*pp = (*pp).next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Print() {
	print("[", l.size, "]")
	for n := l.head; n != nil; n = n.next {
		print(" ", n.val)
	}
	println()
}

func main() {
	var l List
	l.Print()
	for i := 1; i <= 4; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	l.Print()
	println(l.Remove(20), l.Remove(99), l.Remove(5))
	l.Print()
	l.Reverse()
	l.Print()
	l.Remove(40)
	l.Remove(30)
	l.Remove(10)
	l.Print()
	l.Reverse()
	println(l.head == nil)
}
