package main

func main() {
	var s []int
	s.x = 1 // ERROR "s.x undefined"
	var p *int
	println(p + 1) // ERROR "cannot convert 1 \(untyped int constant\) to \*int|mismatched types"
}
