package main

type Code int

func main() {
	defer println("deferred before the panic report")
	var c Code = 7
	println("start", c)
	panic(42)
}
