package main

func main() {
	s := make([]int, 3, 5)
	i := 6
	println(len(s[:5]))
	println(len(s[:i]))
}
