package main

func main() {
	_ = int8(300)
	_ = string(1.5)
	var s string
	_ = int(s)
	_ = int(1.5)
	_ = int(nil)
	var x int = nil
	_ = x
	_ = nil == nil
	_ = 1 < nil
}
