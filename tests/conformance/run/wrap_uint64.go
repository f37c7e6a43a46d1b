package main

func main() {
	var x uint64 = 18446744073709551615
	x++
	println(x)
	x--
	println(x)
	var z uint64
	z--
	println(z == 18446744073709551615)
	z = 18446744073709551615
	println(z*2, z*z, z+z+2, -z)
	var s uint64 = 1
	for i := 0; i < 70; i += 7 {
		println(i, s<<uint(i), (uint64(18446744073709551615)>>uint(i))&0xff)
	}
	println(z/7, z%7, ^z, z&^5, z>>1)
	var a, b uint64 = 200, 100
	println(b-a, a-b, (b-a)/3)
	c := z
	c += 3
	c *= 5
	c <<= 2
	c >>= 1
	println(c)
}
