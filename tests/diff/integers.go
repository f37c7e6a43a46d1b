package main

// Sized integer arithmetic wraps like Go's; division truncates; MinInt / -1 does not trap.

//export add8
func add8(a, b int8) int8 { return a + b }

//export mulU8
func mulU8(a, b uint8) uint8 { return a * b }

//export sub16
func sub16(a, b int16) int16 { return a - b }

//export negU16
func negU16(a uint16) uint16 { return -a }

//export div32
func div32(a, b int32) int32 { return a / b }

//export rem32
func rem32(a, b int32) int32 { return a % b }

//export div64
func div64(a, b int64) int64 { return a / b }

//export divU32
func divU32(a, b uint32) uint32 { return a / b }

//export remU64
func remU64(a, b uint64) uint64 { return a % b }

//export complement
func complement(a uint8, b int32, c uint64) (uint8, int32, uint64) { return ^a, ^b, ^c }

//export andNot
func andNot(a, b int) int { return a &^ b }

//export bits
func bits(a, b uint32) (uint32, uint32, uint32) { return a & b, a | b, a ^ b }

//call add8(100, 100)
//call add8(-128, -1)
//call mulU8(16, 17)
//call sub16(-32768, 1)
//call negU16(1)
//call div32(7, -2)
//call div32(-2147483648, -1)
//call rem32(-7, 2)
//call rem32(-2147483648, -1)
//call div64(-9223372036854775808, -1)
//call divU32(4294967295, 2)
//call remU64(18446744073709551615, 10)
//call complement(5, 5, 5)
//call andNot(255, 15)
//call bits(12, 10)
