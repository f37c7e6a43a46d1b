package main

func cleanup() {
	println("cleanup starts")
	var m map[string]int
	m["x"] = 1
	println("not reached")
}

func work() {
	defer println("work deferred print")
	defer cleanup()
	println("work body")
}

func main() {
	defer println("main deferred runs too")
	work()
	println("not reached either")
}
