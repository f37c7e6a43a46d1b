package main

func copyLater() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	// copy's arguments (slice headers) are evaluated now, the copy happens at return
	defer func() { println("after deferred copy", dst[0], dst[1], dst[2]) }()
	defer copy(dst, src)
	src[0] = 100
	println("before return", dst[0])
}

func printArgsEarly() {
	x := 1
	s := "early"
	defer print("print: ", x, " ", s, "\n")
	defer println("println:", x+1, s+"!", x > 0)
	x = 50
	s = "late"
}

func deleteKeyEarly() map[string]int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	k := "a"
	defer delete(m, k)
	k = "b"
	return m
}

func panicValueEarly() (msg string) {
	defer func() { msg = recover().(string) }()
	v := "value at defer time"
	defer panic(v)
	v = "changed later"
	return "normal"
}

func recoverNotDirect() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "outer got " + r.(string)
		}
	}()
	defer recover()
	panic("still panicking")
}

func main() {
	copyLater()
	printArgsEarly()
	m := deleteKeyEarly()
	_, hasA := m["a"]
	_, hasB := m["b"]
	println(hasA, hasB, len(m))
	println(panicValueEarly())
	println(recoverNotDirect())
}
