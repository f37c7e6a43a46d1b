package main

type A [2]int
type S struct{ f []int }

func compare(e interface{}, a A, s S, p *int, x int, f func()) {
	_ = e == []int{}
	_ = []int{} == e
	_ = a == [2]int{} // ok: [2]int is assignable to A
	_ = a < [2]int{}
	_ = e == s
	_ = f == f
	_ = x == nil
	_ = nil == x
	_ = nil < p
	_ = p == 1
	_ = x == "a"
}
