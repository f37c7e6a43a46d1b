package main

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 100)
			s[2] = 30
		}
		print(v, " ")
	}
	println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 99
		if i == 2 {
			println(v)
		}
	}
	p := &arr
	for i, v := range p {
		p[2] = 7
		if i == 2 {
			println(v)
		}
	}
	m := map[int]bool{1: true}
	n := 0
	for range m {
		n++
	}
	println(n)
	var idx, val int
	for idx, val = range []int{5, 6, 7} {
	}
	println(idx, val)
}
