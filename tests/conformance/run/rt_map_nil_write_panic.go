package main

type Cache struct {
	name string
	data map[string]int
}

func (c *Cache) Put(k string, v int) {
	defer println("Put deferred for", c.name, k)
	c.data[k] = v
	println("stored", k, "in", c.name)
}

func main() {
	defer println("main deferred")
	good := &Cache{"good", map[string]int{}}
	good.Put("x", 1)
	var bad Cache
	bad.name = "bad"
	println(len(bad.data), bad.data["x"])
	bad.Put("y", 2)
	println("unreachable")
}
