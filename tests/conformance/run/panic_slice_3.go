package main

func main() {
	s := make([]int, 2, 4)
	j, k := 1, 5
	println(len(s[0:j:k]))
}
