package main

func main() {
	s := []int{1, 2}
	m := map[string]int{}
	defer len(s)         // ERROR "defer discards result of len\(s\)"
	defer cap(s)         // ERROR "defer discards result of cap\(s\)"
	defer append(s, 3)   // ERROR "defer discards result of append\(s, 3\)"
	defer new(int)       // ERROR "defer discards result of new\(int\)"
	defer make([]int, 1) // ERROR "defer discards result of make\(\[\]int, 1\)"
	defer delete(m, "k")
}
