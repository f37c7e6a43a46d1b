package main

func main() {
	var x int16 = 32767
	x++
	println(x)
	x--
	println(x)
	var y int16 = -32768
	y--
	println(y)
	y = -y
	println(y)
	var z int16 = 32767
	println(z*2, z*z, z+z+2)
	var m int16 = -1
	println(m*int16(z), -int16(z)-1)
	var s int16 = 1
	for i := 0; i < 70; i += 7 {
		println(i, s<<uint(i))
	}
	var q int16 = -32768
	println(q/-1, q%-1)
	println(^z, ^q, z&^5, z|q, z^q)
	println(z>>3, q>>3, q>>100)
}
