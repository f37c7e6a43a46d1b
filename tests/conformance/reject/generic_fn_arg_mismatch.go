package main

func Pair[T any](a, b T) T { return a }

func Add[T ~int | ~float64](a, b T) T { return a + b }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	x, s := 1, "s"
	println(Pair(x, s)) // ERROR "type string of s does not match (inferred type )?int"
	var f float64 = 2
	println(Add(x, f))                                               // ERROR "type float64 of f does not match (inferred type )?int"
	println(len(Map([]int{1}, func(s string) bool { return true }))) // ERROR "type func\((s )?string\) bool of func.* does not match"
}
