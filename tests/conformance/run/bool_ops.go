package main

var calls int

func t(s string) bool {
	calls++
	print(s, " ")
	return true
}

func f(s string) bool {
	calls++
	print(s, " ")
	return false
}

func main() {
	println(t("a") || t("b"))
	println(f("a") && t("b"))
	println(t("a") && f("b") || t("c"))
	println(!t("x") == false)
	println(calls)
	var b bool
	println(b, !b, b == false, b != true)
	x := 3 > 2
	y := x && !x
	println(x, y, x == y, x != y)
	type Flag bool
	var fl Flag = true
	println(fl, !fl)
}
