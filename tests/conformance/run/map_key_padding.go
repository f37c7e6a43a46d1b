package main

import (
	"fmt"
	"unsafe"
)

// Struct keys with padding or blank fields: the bytes between and under them take no part in
// hashing or equality, whatever they hold.
type P struct {
	A int16
	B int64
	C int8
}

type Q struct {
	A, _, B int32
}

func main() {
	var a, b P
	copy((*[24]byte)(unsafe.Pointer(&a))[:], "garbage in the padding!")
	a.A, a.B, a.C = 1, 2, 3
	b.A, b.B, b.C = 1, 2, 3
	m := map[P]int{}
	m[a] = 1
	m[b] = 2
	fmt.Println(a == b, len(m), m[a])
	var q1, q2 Q
	copy((*[12]byte)(unsafe.Pointer(&q1))[:], "hello world!")
	q1.A, q1.B = 7, 8
	q2.A, q2.B = 7, 8
	mq := map[Q]string{q1: "x"}
	mq[q2] = "y"
	fmt.Println(q1 == q2, len(mq), mq[q1])
	arr := map[[2]P]bool{{a, b}: true}
	fmt.Println(arr[[2]P{b, a}])
}
