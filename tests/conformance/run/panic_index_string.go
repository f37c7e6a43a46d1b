package main

func main() {
	s := "abc"
	n := len(s)
	println(s[n])
}
