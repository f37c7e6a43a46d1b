package main

func f(a int8, f float64, s string) {
	_ = a + 300
	_ = a + 1.5
	_ = f + "x"
	_ = s + 1
	var b bool = 1
	_ = b
	_ = a == nil
	_ = 1 << 1.5
	var u uint = -1
	_ = u
}
