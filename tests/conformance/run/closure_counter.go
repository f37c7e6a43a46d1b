package main

func counter() (func() int, func()) {
	n := 0
	return func() int {
			n++
			return n
		}, func() {
			n = 0
		}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func main() {
	next, reset := counter()
	println(next(), next(), next())
	reset()
	println(next())
	other, _ := counter()
	println(other(), next())
	a := adder(10)
	println(a(1), a(2), a(3))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	println(x)
	x = 100
	inc()
	println(x)
	get := func() int { return x * 2 }
	x = 5
	println(get())
}
