package main

func main() {
	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = "v"
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	sum := 0
	for k := range m {
		sum += k
	}
	println(len(m), sum)

	counts := map[string]int{"a": 1, "b": 0, "c": 5, "d": 0, "e": 2}
	for k, v := range counts {
		if v == 0 {
			delete(counts, k)
		}
	}
	total := 0
	for _, v := range counts {
		total += v
	}
	println(len(counts), total)

	all := map[int]bool{1: true, 2: true, 3: true}
	for k := range all {
		delete(all, k)
	}
	println(len(all))
	all[7] = true
	delete(all, 100)
	println(len(all), all[7])

	var nilMap map[string]int
	delete(nilMap, "x")
	println(len(nilMap), nilMap["x"])
}
