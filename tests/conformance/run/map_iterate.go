package main

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	m := map[string]int{}
	words := []string{"b", "a", "c", "a", "b", "a", "d"}
	for _, w := range words {
		m[w]++
	}
	keys := make([]string, 0, len(m))
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	sortStrings(keys)
	for _, k := range keys {
		println(k, m[k])
	}
	println(sum, len(keys))
	count := 0
	for k := range m {
		if k < "c" {
			count++
		}
	}
	println(count)
	for k := range m {
		delete(m, k)
	}
	println(len(m))
}
