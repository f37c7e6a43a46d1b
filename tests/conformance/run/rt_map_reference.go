package main

type Set map[int]bool

func (s Set) Add(v int)      { s[v] = true }
func (s Set) Has(v int) bool { return s[v] }
func (s *Set) Reset()        { *s = Set{} }

type Holder struct {
	m map[string]int
}

func fill(m map[string]int, n int) {
	for i := 0; i < n; i++ {
		m[string(rune('a'+i))] = i
	}
}

func replace(m map[string]int) {
	m = map[string]int{"replaced": 1}
	_ = m
}

func main() {
	m := map[string]int{}
	fill(m, 5)
	println(len(m), m["e"])
	replace(m)
	println(len(m), m["replaced"])

	// struct copies share the map
	h1 := Holder{map[string]int{}}
	h2 := h1
	h2.m["x"] = 1
	println(len(h1.m), h1.m["x"])

	// arrays of maps copy the references
	arr := [2]map[int]int{{}, {}}
	arr2 := arr
	arr2[0][1] = 10
	println(arr[0][1])

	// methods on a named map type
	s := Set{}
	s.Add(3)
	s.Add(4)
	t := s
	t.Add(5)
	println(len(s), s.Has(5), s.Has(6))
	s.Reset()
	println(len(s), len(t), t.Has(5))

	// closures capture the map variable
	counts := map[string]int{}
	inc := func(k string) { counts[k]++ }
	inc("a")
	inc("a")
	counts = map[string]int{"fresh": 1}
	inc("a")
	println(counts["a"], counts["fresh"], len(counts))

	// maps in interfaces are still references
	var any1 any = m
	any1.(map[string]int)["z"] = 26
	println(m["z"], len(m))

	// len of a map value returned from a function call
	mk := func() map[int]int { return map[int]int{1: 1, 2: 2} }
	println(len(mk()), mk()[2])
}
