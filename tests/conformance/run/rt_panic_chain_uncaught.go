package main

func cleanup(name string) {
	println("cleanup", name)
	panic("cleanup " + name + " failed")
}

func work() {
	defer cleanup("b")
	defer cleanup("a")
	println("working")
	panic("work failed")
}

func main() {
	defer println("main defer still runs")
	defer func() {
		println("main's deferred closure runs, not recovering")
	}()
	work()
	println("not reached")
}
