package main

func Add[T any](a, b T) T {
	return a + b // ERROR "operator \+ not defined on a \(variable of type T constrained by any\)"
}

func Less[T comparable](a, b T) bool {
	return a < b // ERROR "a < b \((type parameter T is not comparable with <|operator < not defined on a)"
}

func Neg[T interface{ ~string | ~int }](x T) T {
	return -x // ERROR "operator - not defined on x"
}

func main() {
	println(Add(1, 2), Less(1, 2), Neg(3))
}
