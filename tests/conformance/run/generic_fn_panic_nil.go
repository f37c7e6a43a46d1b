package main

type node struct {
	val  string
	next *node
}

func Deref[T any](p *T) T {
	return *p
}

func Get[T any](pp **T) T {
	return **pp
}

func Apply[T any](p *T, f func(*T) string) string {
	return f(p)
}

func main() {
	x := 5
	println(Deref(&x))
	px := &x
	println(Get(&px))
	n := &node{"a", &node{"b", nil}}
	println(Apply(n, func(n *node) string { return n.next.val }))
	println(Deref(n.next).val)
	var p *float64
	println("before")
	println(Deref(p))
	println("unreachable")
}
