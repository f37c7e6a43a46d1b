package main

type K struct {
	a int
	s string
}

type ID int

func main() {
	m := map[any]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[ID(1)] = "ID"
	m["1"] = "string"
	m[K{1, "x"}] = "K"
	m[[2]int{1, 1}] = "arr"
	m[true] = "bool"
	println(len(m), m[1], m[int64(1)], m[ID(1)], m["1"], m[K{1, "x"}], m[[2]int{1, 1}], m[true])
	m[K{1, "x"}] = "K2"
	println(len(m), m[K{1, "x"}], m[K{1, "y"}] == "")
	delete(m, ID(1))
	_, ok := m[ID(1)]
	println(len(m), ok)
	x, y := 1, 1
	pm := map[any]int{&x: 1, &y: 2}
	pm[&x] += 10
	println(len(pm), pm[&x], pm[&y])
	sk := map[K]int{}
	sk[K{1, "a"}]++
	sk[K{1, "a"}]++
	sk[K{2, "a"}]++
	println(len(sk), sk[K{1, "a"}], sk[K{2, "a"}], sk[K{3, "a"}])
	var e any
	m[e] = "nil key"
	println(len(m), m[nil])
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
	}()
	m[[]int{1}] = "slice"
}
