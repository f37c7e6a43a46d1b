package main

// Struct keys built only from integers, bools, pointers and arrays of them,
// with padding between fields.
type Padded struct {
	b bool
	n int64
	c int8
	u uint32
}

type Inner struct{ A, B int8 }

type Outer struct {
	Inner
	Arr [2]uint16
	On  bool
}

type WithPtr struct {
	p *int
	n int
}

func main() {
	m := map[Padded]int{}
	m[Padded{true, 1, 2, 3}] = 1
	m[Padded{false, 1, 2, 3}] = 2
	m[Padded{true, 1, 2, 4}] = 3
	m[Padded{b: true, n: 1, c: 2, u: 3}] += 100
	println(len(m), m[Padded{true, 1, 2, 3}], m[Padded{false, 1, 2, 3}], m[Padded{true, 1, 2, 4}])

	// keys assembled field by field in a reused variable
	var k Padded
	for i := 0; i < 50; i++ {
		k.b = i%2 == 0
		k.n = int64(i / 2)
		k.c = int8(-i)
		k.u = uint32(i * 1000)
		m[k] = i
	}
	k = Padded{}
	k.n, k.c, k.u, k.b = 12, -24, 24000, true
	println(len(m), m[k], m[Padded{false, 12, -24, 24000}] == 0)

	// embedded struct and array fields
	o := map[Outer]string{}
	o[Outer{Inner{1, 2}, [2]uint16{3, 4}, true}] = "first"
	o[Outer{Inner{2, 1}, [2]uint16{3, 4}, true}] = "second"
	key := Outer{On: true}
	key.A, key.B = 1, 2
	key.Arr[0], key.Arr[1] = 3, 4
	println(o[key], len(o))
	key.Inner.B = 1
	key.A = 2
	println(o[key])
	key.Arr[1]++
	println(o[key] == "")

	// struct with pointer field compares by address
	x, y := 1, 1
	wp := map[WithPtr]int{{&x, 1}: 10, {&y, 1}: 20, {nil, 1}: 30}
	println(wp[WithPtr{&x, 1}], wp[WithPtr{&y, 1}], wp[WithPtr{n: 1}], len(wp))

	// anonymous struct keys
	type pt = struct{ x, y int }
	anon := map[pt]bool{}
	anon[pt{1, 2}] = true
	anon[struct{ x, y int }{1, 2}] = false
	println(len(anon), anon[pt{1, 2}])

	// empty struct key: only one entry possible
	set := map[struct{}]int{}
	set[struct{}{}]++
	set[struct{}{}]++
	println(len(set), set[struct{}{}])
}
