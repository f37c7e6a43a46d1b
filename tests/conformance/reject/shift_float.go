package main

func main() {
	f := 1.5
	println(f << 2) // ERROR "shifted operand f \(variable of type float64\) must be integer"
}
