package main

func main() {
	var one uint64 = 1
	var s uint
	for s = 60; s < 70; s++ {
		println(s, one<<s, int64(-8)>>s, uint8(200)>>s, int8(-100)>>s)
	}
	var x int32 = -1
	println(x<<31, x>>31, uint32(x)>>31)
	var n int = 3
	println(1<<n, 1.0*float64(int(1)<<n))
	var k uint8 = 255
	println(k<<1, k>>1, k<<8)
	var i int = 5
	var c int = 2
	println(i<<c, i>>c, -i>>c, -i<<c)
	var big uint = 1000
	println(i<<big, -i>>big, i>>big)
	v := 1
	v <<= 62
	println(v, v<<1, v<<2)
}
