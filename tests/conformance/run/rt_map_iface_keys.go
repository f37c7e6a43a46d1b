package main

type MyInt int
type MyStr string
type P struct{ X, Y int }

type Stringer interface{ String() string }

func (p P) String() string { return "P" }

func main() {
	m := map[any]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m[uint8(1)] = "uint8"
	m[MyInt(1)] = "MyInt"
	m[1.0] = "float64"
	m[float32(1)] = "float32"
	m["1"] = "string"
	m[MyStr("1")] = "MyStr"
	m[true] = "bool"
	m[P{1, 0}] = "P"
	m[[1]int{1}] = "array"
	println(len(m))
	println(m[1], m[int64(1)], m[uint8(1)], m[MyInt(1)], m[1.0], m[float32(1)])
	println(m["1"], m[MyStr("1")], m[true], m[P{1, 0}], m[[1]int{1}])
	println(m[int32(1)] == "", m[false] == "", m[P{0, 1}] == "")

	// nil interface is a valid key
	m[nil] = "nil"
	var e error
	println(m[nil], m[e], len(m))

	// pointers in interfaces
	v := 5
	m[&v] = "ptr"
	w := 5
	println(m[&v], m[&w] == "")

	// float keys in interfaces: -0 equals +0, NaN never found
	zero := 0.0
	m[-zero] = "negzero"
	println(m[0.0], m[zero])
	nan := zero / zero
	m[nan] = "nan"
	_, ok := m[nan]
	println(ok, len(m))

	// interface-typed key type with methods
	s := map[Stringer]int{}
	s[P{1, 2}] = 1
	s[P{1, 2}]++
	s[&P{1, 2}] = 5
	println(len(s), s[P{1, 2}])

	// the same value under a different static interface type
	var a any = P{1, 2}
	var st Stringer = P{1, 2}
	s2 := map[any]int{a: 1}
	s2[st] = 2
	println(len(s2), s2[P{1, 2}])

	// delete by interface key
	delete(m, 1)
	delete(m, MyInt(1))
	_, ok1 := m[1]
	_, ok2 := m[int64(1)]
	println(ok1, ok2, len(m))
}
