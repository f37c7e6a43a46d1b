package main

// Box[T] with value and pointer receivers; automatic &x and *p at call sites.

type Box[T any] struct {
	v     T
	count int
}

func (b *Box[T]) Put(v T) {
	b.v = v
	b.count++
}

func (b Box[T]) Get() T { return b.v }

func (b Box[T]) Count() int { return b.count }

// A value receiver that modifies its copy: the caller's box must be unchanged.
func (b Box[T]) Reset() int {
	b.count = 0
	var zero T
	b.v = zero
	return b.count
}

func main() {
	var b Box[int]
	b.Put(7) // (&b).Put
	b.Put(8)
	println(b.Get(), b.Count())
	println(b.Reset(), b.Get(), b.Count())

	p := &Box[string]{}
	p.Put("hello")   // pointer receiver through pointer
	println(p.Get()) // (*p).Get
	println((*p).Count())

	q := p
	q.Put("world")
	println(p.Get(), p.Count())

	c := *p // copy
	c.Put("copy")
	println(p.Get(), c.Get(), p.Count(), c.Count())

	boxes := []Box[float64]{{}, {}}
	for i := range boxes {
		boxes[i].Put(float64(i) + 0.5)
	}
	println(boxes[0].Get() == 0.5, boxes[1].Get() == 1.5)

	for _, bx := range boxes {
		bx.Put(100) // copy; boxes unchanged
	}
	println(boxes[0].Count(), boxes[1].Count())

	m := map[string]*Box[bool]{"a": {}}
	m["a"].Put(true)
	println(m["a"].Get(), m["a"].Count())

	arr := [2]Box[rune]{}
	arr[1].Put('z')
	println(arr[1].Get(), arr[0].Get())
}
