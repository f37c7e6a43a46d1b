package main

func Zero[T any]() T {
	var zero T
	return zero
}

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func OrDefault[T comparable](v, def T) T {
	if v == *new(T) {
		return def
	}
	return v
}

type rec struct {
	a int
	b string
	c [2]bool
	p *rec
}

func main() {
	println(Zero[int](), Zero[int8](), Zero[uint64](), Zero[float32]())
	println(Zero[string]() == "", Zero[bool]())
	println(Zero[*int]() == nil, Zero[[]string]() == nil, Zero[map[int]int]() == nil)
	println(Zero[func()]() == nil, Zero[error]() == nil, Zero[any]() == nil)
	r := Zero[rec]()
	println(r.a, r.b == "", r.c[0], r.c[1], r.p == nil)
	arr := Zero[[4]int]()
	println(len(arr), arr[3])
	m := Zero[map[string]int]()
	println(len(m), m["x"])

	println(IsZero(0), IsZero(1), IsZero(""), IsZero("x"), IsZero(0.0))
	println(IsZero(rec{}), IsZero(rec{a: 1}), IsZero(rec{c: [2]bool{false, true}}))
	var p *int
	println(IsZero(p), IsZero([3]string{}), IsZero([3]string{"", "", "z"}))

	println(OrDefault("", "dflt"), OrDefault("val", "dflt"), OrDefault(0, 42), OrDefault(7, 42))
	rr := OrDefault(rec{}, rec{b: "fallback"})
	println(rr.b)
}
