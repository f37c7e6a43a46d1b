package main

func main() {
	a, b, c := 2, 3, 4
	println(a+b*c, (a+b)*c, a*b+c, a-b-c, a-(b-c))
	println(a<<b+c, a<<(b+c), a|b&c, (a|b)&c)
	println(a^b|c, a&^b, -a*-b, ^a, -^a)
	println(a < b == (b < c), a+b > c && c > a || false)
	x := 10
	x -= 3
	x |= 16
	x &= 0x1e
	x ^= 5
	x &^= 2
	println(x)
	y := 7
	y++
	y--
	y++
	println(y, 100/y/2, 100/(y/2), 100%y%3)
	var u uint8 = 3
	println(u-4, -u, ^u, u<<7)
	println(+a, - -a, !(a > b))
}
