package main

func main() {
	a := 1.5
	b := 2.25
	println(a+b, a-b, a*b, a/b)
	println(0.1+0.2, 0.1+0.2 == 0.3)
	var zero float64
	println(1/zero, -1/zero)
	nan := zero / zero
	println(nan == nan, nan != nan, nan < 1, nan > 1)
	println(-zero, 1/(-zero))
	var f32 float32 = 16777216
	println(f32+1 == f32, f32)
	var g float32 = 0.1
	println(g, float64(g), float64(g) == 0.1)
	println(5e-324, 5e-324/2)
	x := 3.0
	x += 0.5
	x *= 2
	x /= 7
	x -= 1
	println(x)
	println(float32(1)/3, 1.0/3)
	println(2.5 > 2, -0.0 == 0.0)
	println(123456789.0, 0.000001234, 1e21, 1e20)
}
