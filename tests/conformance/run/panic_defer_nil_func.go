package main

var log []string

func record(s string) { log = append(log, s) }

func setup() func() {
	record("setup")
	return nil
}

func main() {
	var f func()
	defer println("earlier deferred call still runs")
	defer f()
	println("defer of a nil func does not panic yet")
	f = func() { println("reassigned, but the nil value was captured") }
	g := setup()
	println("setup returned nil:", g == nil, len(log))
	println("end of main body")
}
