package main

//export hypot2
func hypot2(a, b float64) float64 { return a*a + b*b }

//export toInt
func toInt(f float64) int { return int(f) }

//export toF32
func toF32(x int32) float32 { return float32(x) / 3 }

//export mix
func mix(a int, b uint8, c float32) float64 { return float64(a) + float64(b) + float64(c) }

//export narrow
func narrow(x int64) (int8, uint16, int32) { return int8(x), uint16(x), int32(x) }

//export widen
func widen(a int8, b uint8, c int32, d uint32) (int64, int64, uint64, int) {
	return int64(a), int64(b), uint64(c), int(d)
}

//export tiny
func tiny() float64 { return 1e-7 * 3 }

//export big
func big() float64 { return 1e21 * 7 }

//export ratio
func ratio(a, b float64) float64 { return a / b }

//call hypot2(3, 4)
//call toInt(-3.99)
//call toF32(10)
//call mix(-5, 200, 0.25)
//call narrow(70000)
//call narrow(-1)
//call widen(-1, 255, -7, 4294967295)
//call tiny()
//call big()
//call ratio(1, 3)
//call ratio(2, 0)
