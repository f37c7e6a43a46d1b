package main

func main() {
	x := 5 // ERROR "x declared but not used"
}
