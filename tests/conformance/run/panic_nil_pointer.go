package main

func main() {
	type T struct{ a, b int }
	var p *T
	println("before")
	println(p.b)
}
