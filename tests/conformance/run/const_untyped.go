package main

const Big = 1 << 100
const Small = Big >> 98
const Pi = 3.14159265358979323846264338327950288
const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0
const Huge = 1e300 * 1e300 / 1e300

func main() {
	println(Small)
	println(Big / (1 << 97))
	var f32 float32 = Pi
	var f64 float64 = Pi
	println(f32, f64)
	println(Third)
	println(IntDiv, FloatDiv)
	println(Huge)
	const r = 'a' + 1
	println(r, string(rune(r)))
	var x uint8 = 255
	println(x + 1 - 1)
	const m = -7 % 3
	println(m, -7/2)
	println('x' * 2.0)
	const s = "he" + "llo"
	println(s, len(s))
}
