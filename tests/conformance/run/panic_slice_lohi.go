package main

func main() {
	s := []int{1, 2, 3}
	lo, hi := 2, 1
	println(len(s[lo:hi]))
}
