package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type MyInt int32

func main() {
	println(Sum(1, 2))
	println(Sum("a", "b")) // ERROR "string does not implement Number \(string missing in ~int \| ~float64\)"
	println(Sum[MyInt](1)) // ERROR "MyInt does not implement Number \(.*missing in ~int \| ~float64\)"
}
