package main

func main() {
	nums := []int{7, -7}
	dens := []int{3, -3}
	for i := range nums {
		for j := range dens {
			println(i, j)
		}
	}
	for i := 0; i < 2; i++ {
		for _, d := range dens {
			println(i, d)
		}
	}
	a := [2]int{1, 2}
	for _, x := range a {
		for _, y := range a {
			println(x, y)
		}
	}
}
