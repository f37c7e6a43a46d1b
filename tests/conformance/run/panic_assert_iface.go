package main

func main() {
	var x any = 3
	_ = x.(error)
}
