package main

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println(n, dst[0], dst[2])
	n = copy(src[1:], src)
	println(n, src[0], src[1], src[2], src[3], src[4])
	s := []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	println(n, s[0], s[1], s[2], s[3], s[4])
	var empty []int
	println(copy(empty, s), copy(s, empty))
	b := make([]byte, 4)
	n = copy(b, "héllo")
	println(n, b[0], b[1], b[2], b[3])
	big := make([]int, 10)
	println(copy(big, []int{7, 8}), big[1], big[2])
}
