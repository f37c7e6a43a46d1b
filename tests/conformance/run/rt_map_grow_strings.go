package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func main() {
	m := map[string]int{}
	for i := 0; i < 5000; i++ {
		m["k"+itoa(i)] = i
	}
	println(len(m), m["k0"], m["k4999"], m["k2500"], m["k5000"])

	// delete the odd ones, then check every entry
	for i := 1; i < 5000; i += 2 {
		delete(m, "k"+itoa(i))
	}
	bad := 0
	for i := 0; i < 5000; i++ {
		v, ok := m["k"+itoa(i)]
		if ok != (i%2 == 0) || (ok && v != i) {
			bad++
		}
	}
	println(len(m), bad)

	// reinsert with new values while the table is shrinking-free
	for i := 0; i < 5000; i++ {
		m["k"+itoa(i)] += 1
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(len(m), sum)

	// delete everything and grow again from an emptied map
	for i := 0; i < 5000; i++ {
		delete(m, "k"+itoa(i))
	}
	println(len(m))
	for i := 0; i < 3000; i++ {
		m[itoa(i*i)] = i
	}
	println(len(m), m["9801"], m["8994001"], m["2"])
	count := 0
	for k, v := range m {
		if k != itoa(v*v) {
			println("wrong pair", k, v)
		}
		count++
	}
	println(count)
}
