package main

func main() {
	var a, b int32 = 10, 0
	println(a % b)
}
