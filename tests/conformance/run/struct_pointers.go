package main

type Node struct {
	Val  int
	Next *Node
}

type Counter struct {
	hits  int
	names []string
}

func bump(c *Counter) {
	c.hits++
	c.names = append(c.names, "x")
}

func main() {
	var head *Node
	for i := 1; i <= 4; i++ {
		head = &Node{Val: i, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
	c := Counter{}
	bump(&c)
	bump(&c)
	println(c.hits, len(c.names))
	p := &c.hits
	*p = 40
	println(c.hits)
	q := &c
	q.hits += 2
	(*q).hits++
	println(c.hits)
	pp := &q
	(*pp).hits = 0
	println(c.hits)
	arr := [3]Node{}
	ap := &arr[1]
	ap.Val = 5
	println(arr[1].Val)
	n := new(Node)
	println(n.Val, n.Next == nil)
	e1, e2 := &Node{}, &Node{}
	println(e1 == e2, e1 == e1, *e1 == *e2)
}
