package main

func Sum[T ~int | ~float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	var bad T = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as T value in variable declaration"
	_ = bad
	return s
}

func Small[T ~int8 | ~int16](x T) T {
	return x + 200 // ERROR "cannot convert 200 \(untyped int constant\) to (type )?T|200 \(untyped int constant\) overflows"
}

func Len[T any](x T) int {
	return len(x) // ERROR "invalid argument: x \(variable of type T constrained by any\) for (built-in )?len"
}

func main() {
	println(Sum([]int{1}), Small(int8(1)), Len(1))
}
