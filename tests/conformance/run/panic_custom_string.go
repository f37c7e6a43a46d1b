package main

func main() {
	println("about to panic")
	panic("something bad happened")
}
