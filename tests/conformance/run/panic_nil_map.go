package main

func main() {
	var m map[string]int
	println(len(m))
	m["a"] = 1
}
