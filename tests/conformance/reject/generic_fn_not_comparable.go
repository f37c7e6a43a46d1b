package main

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type withSlice struct {
	name string
	tags []string
}

func main() {
	println(Index([]int{1}, 1))
	println(Index([][]int{{1}}, []int{1}))     // ERROR "\[\]int does not implement comparable"
	println(Index([]withSlice{}, withSlice{})) // ERROR "withSlice does not implement comparable"
	println(Index([]func(){}, nil))            // ERROR "func\(\) does not implement comparable"
}
