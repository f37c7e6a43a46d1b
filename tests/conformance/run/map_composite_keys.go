package main

type Key struct {
	Name string
	X    float64
}

type Arr [2]string

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type blank struct {
	a int
	_ int
}

func main() {
	m := map[Key]int{}
	n1 := "ab"
	n2 := string([]byte{'a', 'b'})
	m[Key{n1, 1}] = 1
	m[Key{n2, 1}] += 10
	negz := 0.0
	negz = -negz
	m[Key{"z", 0}] = 5
	m[Key{"z", negz}]++
	println(len(m), m[Key{"ab", 1}], m[Key{"z", 0}])
	nan := 0.0
	nan = nan / nan
	m[Key{"n", nan}] = 1
	m[Key{"n", nan}] = 2
	_, ok := m[Key{"n", nan}]
	println(len(m), ok)

	a := map[Arr]bool{{"x", "y"}: true}
	println(a[Arr{"x", "y"}], a[Arr{"y", "x"}])

	im := map[interface{}]string{}
	im[1] = "int"
	im[int64(1)] = "int64"
	im["1"] = "string"
	im[Sq{2}] = "sq"
	im[nil] = "nil"
	var sp Shape = Sq{2}
	println(len(im), im[1], im[int64(1)], im["1"], im[sp], im[nil], im[2.5] == "")
	sm := map[Shape]int{Sq{1}: 1, Sq{2}: 2}
	println(sm[Sq{2}], len(sm))
	bm := map[blank]int{}
	bm[blank{a: 1}] = 7
	println(bm[blank{a: 1}])
	defer func() { println("recovered:", recover().(error).Error()) }()
	im[[]int{1}] = "slice"
}
