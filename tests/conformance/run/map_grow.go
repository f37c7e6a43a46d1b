package main

func main() {
	m := map[int]int{}
	for i := 0; i < 10000; i++ {
		m[i*7] = i
	}
	println(len(m), m[7*9999], m[7*5000])
	for i := 0; i < 10000; i += 2 {
		delete(m, i*7)
	}
	println(len(m))
	sum := 0
	for k, v := range m {
		sum += k - v
	}
	println(sum)
	s := map[string]int{}
	key := ""
	for i := 0; i < 500; i++ {
		key += "a"
		s[key] = i
	}
	println(len(s), s["aaaa"])
	_, ok := s[key+"a"]
	println(ok)
}
