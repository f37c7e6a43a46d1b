package main

func Swap[T any](a, b *T) {
	*a, *b = *b, *a
}

func Ptr[T any](v T) *T {
	return &v
}

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Inc[T ~int | ~uint8](p *T) {
	*p += 1
}

type box struct {
	name string
	n    int
}

func main() {
	x, y := 1, 2
	Swap(&x, &y)
	println(x, y)

	s1, s2 := "left", "right"
	Swap(&s1, &s2)
	println(s1, s2)

	b1, b2 := box{"a", 1}, box{"b", 2}
	Swap(&b1, &b2)
	println(b1.name, b1.n, b2.name, b2.n)

	p := Ptr(41)
	*p++
	println(*p)
	q := Ptr(41)
	println(p != q, *q)

	var nilp *string
	println(Deref(nilp, "default"))
	println(Deref(Ptr("set"), "default"))

	bp := Ptr(box{"c", 3})
	bp.n *= 10
	println(bp.name, bp.n)

	var u uint8 = 255
	Inc(&u)
	println(u)
	n := 9
	Inc(&n)
	println(n)

	pp := Ptr(&x)
	**pp = 100
	println(x)
}
