package main

func main() {
	var f float64 = 1
	println(f % 2) // ERROR "operator % not defined on f"
}
