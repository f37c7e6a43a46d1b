package main

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	s := []int{10, 20, 30, 40, 50}
	s = remove(s, 1)
	println(len(s), s[0], s[1], s[2], s[3])
	s = insert(s, 2, 25)
	println(len(s), s[1], s[2], s[3])
	println(sum(), sum(1), sum(s...), sum(s[1:3]...))
	rev := make([]int, len(s))
	for i, v := range s {
		rev[len(s)-1-i] = v
	}
	println(rev[0], rev[len(rev)-1])
	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		print(top, " ")
	}
	println()
}
