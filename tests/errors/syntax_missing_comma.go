package main

func add(a, b int32 int32) int32 {
	return a + b
}
