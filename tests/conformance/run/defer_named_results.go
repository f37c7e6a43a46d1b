package main

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func addLater(x int) (sum int) {
	defer func() { sum += 100 }()
	defer func() { sum += x }()
	sum = 1
	return sum * 10
}

func swapped() (a, b string) {
	defer func() { a, b = b, a }()
	a = "first"
	b = "second"
	return
}

func status(fail bool) (msg string, ok bool) {
	defer func() {
		if !ok {
			msg = "failed: " + msg
		}
	}()
	if fail {
		return "disk", false
	}
	return "fine", true
}

func counted() (calls int) {
	for i := 0; i < 4; i++ {
		defer func() { calls++ }()
	}
	return 10
}

func unnamed() int {
	x := 5
	defer func() { x = 500 }()
	return x
}

func main() {
	println(double())
	println(addLater(3))
	println(swapped())
	println(status(true))
	println(status(false))
	println(counted())
	println(unnamed())
}
