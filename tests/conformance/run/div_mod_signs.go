package main

func main() {
	nums := []int{7, -7, 8, -8, 0, 1, -1}
	dens := []int{3, -3, 2, -2, 1, -1, 5}
	for _, n := range nums {
		for _, d := range dens {
			print(n/d, " ", n%d, "; ")
		}
		println()
	}
	var a int32 = -2147483648
	var m int32 = -1
	println(a/m, a%m)
	var b int8 = -128
	var n8 int8 = -1
	println(b/n8, b%n8)
	var u uint32 = 7
	println(u/2, u%2)
	x := 100
	x /= 7
	println(x)
	x %= 4
	println(x)
}
