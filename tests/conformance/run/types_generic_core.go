package main

// Operations on values of type-parameter type that Go allows through the type set: indexing
// without a core type, assignment to an unnamed type, append of a string-like value, composite
// literals with an elided &T for a pointer core type.

type A[T interface{ []int | [5]int }] struct {
	val T
}

func (a A[T]) F() int {
	p := &a.val[2]
	*p += 5
	return a.val[2] + len(a.val)
}

func at[T interface{ ~[]byte | ~string }](s T, i int) byte { return s[i] }

type Bytes interface{ []byte }

func explode[T Bytes](t T) int { return count(t) }

func count(b []byte) int { return len(b) }

func add[S ~string | ~[]byte](buf *[]byte, s S) {
	*buf = append(*buf, s...)
}

type (
	S  struct{ f int }
	PS *S
)

func c[P *S]() []P  { return []P{{f: 1}, {f: 2}} }
func d[P PS]() []P  { return []P{{f: 3}} }
func e[M ~map[string]int]() M { return M{"x": 4} }

type MyBytes []byte

func main() {
	var x A[[]int]
	x.val = make([]int, 4)
	var y A[[5]int]
	println(x.F(), y.F(), x.val[2], y.val[2])
	println(at("hey", 1), at([]byte("hey"), 2), at(MyBytes("hey"), 0))
	println(explode([]byte("four")))
	var buf []byte
	add(&buf, "foo")
	add(&buf, []byte("bar"))
	add(&buf, MyBytes("baz"))
	println(string(buf))
	println(c[*S]()[1].f, d[PS]()[0].f, e[map[string]int]()["x"])
}
