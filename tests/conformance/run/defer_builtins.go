package main

func cleanupMap() {
	m := map[string]int{"a": 1, "b": 2}
	defer println("deferred println sees len", len(m))
	defer delete(m, "a")
	defer print("deferred print\n")
	println("body len", len(m))
}

func deleteLater(m map[string]int, k string) {
	defer delete(m, k)
	println("before return", len(m))
}

func panicLater() (msg string) {
	defer func() {
		msg = "recovered " + recover().(string)
	}()
	defer panic("deferred panic")
	msg = "body"
	return msg
}

func main() {
	cleanupMap()
	m := map[string]int{"k": 1, "j": 2}
	deleteLater(m, "k")
	println("after", len(m), m["j"])
	println(panicLater())
}
