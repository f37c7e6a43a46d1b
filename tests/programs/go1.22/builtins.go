package main

// min, max and clear (Go 1.21) and range over an integer (Go 1.22).

func main() {
	println(min(3, 1, 2), max(3, 1, 2), min(2.5, -1.5), max("b", "a", "c") == "c")
	x, y := 7, -7
	println(min(x, y, 0), max(x, y, 0))
	s := []int{1, 2, 3}
	clear(s)
	println(s[0], s[1], s[2], len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	println(len(m), m["a"])
	total := 0
	for i := range 5 {
		total += i
	}
	println(total)
	var n uint8 = 3
	for i := range n {
		print(i, " ")
	}
	println()
}

func init() {
	a, b := "pear", "apple"
	println(min(a, b, "zebra"), max(a, b, "zebra"), min("solo"))
	var x uint16 = 1
	x <<= 15
	y := int8(-64)
	y >>= 3
	var n int = 70
	z := uint64(1)
	z <<= n
	println(x, y, z)
}
