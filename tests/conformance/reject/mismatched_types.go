package main

func main() {
	var a int = 1
	var b int64 = 2
	println(a + b) // ERROR "mismatched types int and int64"
}
