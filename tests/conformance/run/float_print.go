package main

func main() {
	vals := []float64{0, 1, -1, 0.5, 100, 1e100, 1e-100, 123.456, 2.0 / 3, 1e6, 1e7, 3.14159}
	for _, v := range vals {
		println(v)
	}
	var f float32 = 0.3
	println(f, float32(1e10), float32(1)/7)
	print(1.5, "\n")
	print(1, 2, "x", 3.0, true, "\n")
}
