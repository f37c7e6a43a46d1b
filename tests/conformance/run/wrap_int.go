package main

func main() {
	var x int = 9223372036854775807
	x++
	println(x)
	x--
	println(x)
	var y int = -9223372036854775808
	y--
	println(y)
	y = -y
	println(y)
	var z int = 9223372036854775807
	println(z*2, z*z, z+z+2)
	var m int = -1
	println(m*int(z), -int(z)-1)
	var s int = 1
	for i := 0; i < 70; i += 7 {
		println(i, s<<uint(i))
	}
	var q int = -9223372036854775808
	println(q/-1, q%-1)
	println(^z, ^q, z&^5, z|q, z^q)
	println(z>>3, q>>3, q>>100)
}
