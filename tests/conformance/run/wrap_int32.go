package main

func main() {
	var x int32 = 2147483647
	x++
	println(x)
	x--
	println(x)
	var y int32 = -2147483648
	y--
	println(y)
	y = -y
	println(y)
	var z int32 = 2147483647
	println(z*2, z*z, z+z+2)
	var m int32 = -1
	println(m*int32(z), -int32(z)-1)
	var s int32 = 1
	for i := 0; i < 70; i += 7 {
		println(i, s<<uint(i))
	}
	var q int32 = -2147483648
	println(q/-1, q%-1)
	println(^z, ^q, z&^5, z|q, z^q)
	println(z>>3, q>>3, q>>100)
}
