package main

// Constant and conversion rules: a constant shift keeps an untyped rune a rune, 1.0 << s takes
// the integer type of its context, indexing a constant string gives a non-constant byte, append
// takes a ...-argument assignable to []E, a union with any is all types.

const c = "abc"

var (
	r5     = 'a' << 1
	r      = []rune{r5}
	s uint = 33
	m int  = 1.0 << s
	w      = int64(1.0 << 33)
)

type E = struct{}
type S []E
type T []struct{}

type I interface{ any | int }

func main() {
	println(-"abc"[1]>>1, c[2], "xyz"[0] == 'x')
	var b byte = c[0]
	println(b, r[0], m, w)
	es := S{E{}}
	ts := T{struct{}{}}
	println(len(append(es, ts...)))
	var x, y I = 42, "xxx"
	println(x.(int), y.(string))
}
