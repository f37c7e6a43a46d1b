package main

func main() {
	var x int8 = 127
	x++
	println(x)
	x--
	println(x)
	var y int8 = -128
	y--
	println(y)
	y = -y
	println(y)
	var z int8 = 127
	println(z*2, z*z, z+z+2)
	var m int8 = -1
	println(m*int8(z), -int8(z)-1)
	var s int8 = 1
	for i := 0; i < 70; i += 7 {
		println(i, s<<uint(i))
	}
	var q int8 = -128
	println(q/-1, q%-1)
	println(^z, ^q, z&^5, z|q, z^q)
	println(z>>3, q>>3, q>>100)
}
