package main

type Res struct{ name string }

func (r *Res) Close() { println("close", r.name) }

func process(items []int) int {
	r := &Res{"input"}
	defer r.Close()
	sum := 0
	for i := 0; i <= len(items); i++ {
		defer println("deferred for item", i)
		sum += items[i]
	}
	return sum
}

func main() {
	defer println("main deferred")
	println("start")
	println(process([]int{1, 2, 3}))
}
