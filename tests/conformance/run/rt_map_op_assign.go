package main

var trace string

func key(k string) string {
	trace += "k" + k
	return k
}

func val(n int) int {
	trace += "v"
	return n
}

type Counter map[string]int

func (c Counter) Inc(k string) { c[k]++ }

func main() {
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	m["c"] += 5
	m["c"] -= 2
	m["c"] *= 4
	m["d"] = 7
	m["d"] /= 2
	m["d"] %= 2
	m["e"] |= 6
	m["e"] &= 3
	m["e"] ^= 1
	m["f"] = 1
	m["f"] <<= 10
	m["f"] >>= 3
	m["g"] &^= 1
	println(m["a"], m["b"], m["c"], m["d"], m["e"], m["f"], m["g"], len(m))

	// the key expression is evaluated exactly once, before the right-hand side
	trace = ""
	m[key("x")] += val(3)
	println(trace, m["x"])
	trace = ""
	m[key("y")]++
	println(trace, m["y"])

	// string and float op-assign
	s := map[int]string{}
	s[1] += "ab"
	s[1] += "cd"
	println(s[1], len(s[1]))

	// wrap-around in small integer values
	u := map[bool]uint8{}
	u[true]--
	i8 := map[int]int8{1: 127}
	i8[1]++
	println(u[true], i8[1])

	// op-assign on named map type via method, and through a pointer value
	c := Counter{}
	for i := 0; i < 3; i++ {
		c.Inc("z")
	}
	println(c["z"])
	pm := map[string]*int{"p": new(int)}
	*pm["p"] += 41
	*pm["p"]++
	println(*pm["p"])

	// op-assign on an element of a slice stored in a map, and of a nested map
	sl := map[string][]int{"s": {1, 2, 3}}
	sl["s"][1] += 40
	nm := map[string]map[string]int{"o": {}}
	nm["o"]["i"] += 9
	nm["o"]["i"]++
	println(sl["s"][1], nm["o"]["i"])
}
