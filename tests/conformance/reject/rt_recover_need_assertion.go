package main

func main() {
	defer func() {
		r := recover()
		var n int = r // ERROR "need type assertion"
		_ = n
	}()
	panic(1)
}
