package main

type T struct{}

func main() {
	T{}.Missing() // ERROR "T\{(…)?\}.Missing undefined \(type T has no field or method Missing\)"
}
