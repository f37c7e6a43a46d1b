package main

type Key struct {
	id   int
	tags any
}

func register(m map[Key]string, id int, tags any) {
	defer println("register deferred", id)
	m[Key{id, tags}] = "x"
	println("registered", id, len(m))
}

func main() {
	defer println("main deferred")
	m := map[Key]string{}
	register(m, 1, "plain")
	register(m, 2, [2]string{"a", "b"})
	register(m, 3, []string{"a", "b"})
	println("not reached")
}
