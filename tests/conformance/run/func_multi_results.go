package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func named() (x int, s string) {
	x = 5
	s = "five"
	if x > 3 {
		return x * 2, s + "!"
	}
	return
}

func pair() (int, int) { return 1, 2 }

func takes(a, b int) int { return a*10 + b }

func variadic(prefix string, nums ...int) int {
	return len(prefix) + len(nums)
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	a, b := swap("x", "y")
	println(a, b)
	println(named())
	println(takes(pair()))
	_, second := pair()
	println(second)
	println(variadic("ab"), variadic("ab", 1, 2, 3), variadic("", []int{1}...))
	x, y := 1, 2
	x, y = y, x
	println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	println(i, arr[0], arr[1])
}
