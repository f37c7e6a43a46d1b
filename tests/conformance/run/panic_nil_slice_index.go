package main

func main() {
	var s []int
	println(s[0])
}
