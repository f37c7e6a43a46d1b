package main

func main() {
	f := 3.99
	println(int(f), int(-f), int64(f*100), uint8(f))
	var i int = 7
	println(float64(i)/2, float32(i)/3)
	var big int64 = 1<<53 + 1
	println(float64(big), int64(float64(big)))
	var u uint64 = 1<<64 - 1
	println(float64(u), float32(u))
	h := 0.5
	println(int(h), int(-h))
	var d float64 = 1e10
	println(int32(int64(d)), int64(d))
	var f32 float32 = 1.1
	println(f32*f32, float64(f32)*float64(f32))
	var n int8 = -5
	println(float64(n), uint32(int32(n)))
	r := 'A'
	println(float64(r), int(r)+1)
	var x float64 = 255.9
	println(uint8(x), int16(x))
}
