package main

var counter int
var names []string
var table = map[string]int{"one": 1}
var grid [3][3]int

type Registry struct{ items []string }

var reg = &Registry{}

func register(n string) int {
	reg.items = append(reg.items, n)
	counter++
	return counter
}

var first = register("first")

func main() {
	register("second")
	names = append(names, "x")
	table["two"] = 2
	grid[1][1] = 5
	println(counter, first, len(reg.items), reg.items[1])
	println(len(names), table["two"], grid[1][1])
	const local = 3
	var shadow = counter * local
	println(shadow)
}
