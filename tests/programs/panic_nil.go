package main

type node struct {
	val  int
	next *node
}

func main() {
	n := &node{val: 1}
	println(n.val)
	println(n.next.val)
}
