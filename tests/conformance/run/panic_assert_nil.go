package main

func main() {
	var x any
	println(x.(string))
}
