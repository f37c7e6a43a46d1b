package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b, c := two() // ERROR "assignment mismatch: 3 variables but two(\(\))? returns 2 values"
	println(a, b, c)
}
