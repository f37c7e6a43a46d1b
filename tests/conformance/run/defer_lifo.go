package main

func step(name string) {
	println("step", name)
}

func three() {
	defer step("a")
	defer step("b")
	defer step("c")
	println("three body")
}

func mixed() int {
	x := 1
	defer println("deferred println", x)
	x = 2
	defer func() {
		println("deferred closure sees", x)
	}()
	x = 3
	println("mixed body", x)
	return x
}

func early(n int) {
	defer println("early exit deferred", n)
	if n > 0 {
		println("returning early")
		return
	}
	defer println("only when n <= 0")
	println("end of early")
}

func main() {
	three()
	println(mixed())
	early(1)
	early(0)
	defer println("main 1")
	defer println("main 2")
	println("main body done")
}
