package main

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func findBad(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{"real failure"}
	}
	return e
}

func findGood(fail bool) error {
	if fail {
		return &MyErr{"real failure"}
	}
	return nil
}

type Node struct{ next *Node }

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}

type Lener interface{ Len() int }

func main() {
	e1 := findBad(false)
	println(e1 == nil, e1.Error())
	e2 := findGood(false)
	println(e2 == nil)
	e3 := findBad(true)
	println(e3 == nil, e3.Error())
	p, ok := e1.(*MyErr)
	println(ok, p == nil)

	var list *Node
	var l Lener = list
	println(l != nil, l.Len())
	list = &Node{&Node{&Node{}}}
	l = list
	println(l.Len())
	var empty Lener
	println(empty == nil)
	empty = (*Node)(nil)
	println(empty == nil, empty == Lener((*Node)(nil)))
}
