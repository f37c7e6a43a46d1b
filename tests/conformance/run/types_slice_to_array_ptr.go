package main

// A slice converts to a pointer to an array of its element type (Go 1.17): the pointer shares
// the slice's backing array, and the conversion panics when the slice is shorter than the array.

type Slice []int
type Int4 [4]int

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[4]int)(s)
	p[0] = 10
	println(s[0], len(p), p[3])
	q := (*Int4)(Slice(s[1:]))
	println(q[0], q[3])
	var z []int
	println((*[0]int)(z) == nil, (*[0]int)(s[:0]) != nil)
	defer func() {
		println(recover() != nil)
	}()
	_ = (*[8]int)(s)
}
