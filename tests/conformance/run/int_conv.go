package main

func main() {
	var x int64 = 0x123456789ABCDEF0
	println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x))
	var n int32 = -1
	println(uint32(n), uint64(n), int64(n), uint8(n), uint64(uint32(n)))
	var b byte = 200
	println(int8(b), int(b), rune(b))
	var r rune = -1
	println(uint32(r), uint16(r))
	type MyInt int
	var m MyInt = 42
	println(int(m)+1, MyInt(7)*m)
	var u uint = 1 << 63
	println(int(u), int64(u)-1)
	var s8 int8 = -128
	println(int(s8), uint(uint8(s8)), -s8)
	var c uint16 = 0xFFFF
	println(int16(c), int32(int16(c)), uint32(c))
}
