package main

func main() {
	var x any = "str"
	n := x.(int)
	println(n)
}
