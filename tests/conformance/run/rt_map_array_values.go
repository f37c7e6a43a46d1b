package main

type Vec [3]int

func (v Vec) Sum() int { return v[0] + v[1] + v[2] }

func main() {
	// map values that are arrays are copied on read
	am := map[int][3]int{1: {1, 2, 3}}
	arr := am[1]
	arr[0] = 100
	println(am[1][0], arr[0])
	am[1] = arr
	println(am[1][0], am[1][2], len(am[1]))

	// indexing a missing key's array gives zero
	println(am[7][2], len(am))

	// range over an array value stored in a map
	sum := 0
	for i, v := range am[1] {
		sum += i * v
	}
	println(sum)

	// named array values with methods
	vm := map[string]Vec{"a": {1, 1, 1}, "b": {2, 3, 4}}
	println(vm["a"].Sum(), vm["b"].Sum(), vm["c"].Sum())
	v := vm["b"]
	v[2] = 10
	vm["b"] = v
	println(vm["b"][2], vm["b"].Sum())

	// arrays compared after reading from the map
	println(vm["a"] == Vec{1, 1, 1}, vm["a"] == vm["b"])

	// a map of arrays of strings, read element-wise
	names := map[bool][2]string{true: {"yes", "y"}, false: {"no", "n"}}
	println(names[true][0], names[false][1], len(names[true][0]))

	// slicing requires an addressable array, so copy first
	tmp := am[1]
	part := tmp[1:]
	println(len(part), part[0])
}
