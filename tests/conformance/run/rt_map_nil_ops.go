package main

type Config struct {
	settings map[string]string
}

func get(m map[string]int, k string) (v int, ok bool) {
	v, ok = m[k]
	return
}

func tryWrite(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		println(name, "error:", isErr, err.Error())
	}()
	f()
	println(name, "did not panic")
}

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := get(m, "y")
	println(v, ok)
	delete(m, "x")
	for k := range m {
		println("never", k)
	}

	// nil maps of every value kind read as zero values
	var ms map[int]string
	var mp map[int]*int
	var mm map[int]map[int]int
	var mf map[int]func() int
	println(ms[1] == "", mp[1] == nil, mm[1] == nil, mm[1][2], mf[1] == nil)

	// struct field holding a nil map
	var c Config
	println(c.settings["k"] == "", len(c.settings))

	// every form of write panics
	tryWrite("assign", func() { m["a"] = 1 })
	tryWrite("inc", func() { m["a"]++ })
	tryWrite("op-assign", func() { m["a"] += 2 })
	tryWrite("struct field map", func() { c.settings["k"] = "v" })
	tryWrite("tuple assign", func() {
		var a map[int]int
		x := 1
		x, a[1] = 2, 3
		println(x)
	})
	tryWrite("nested nil", func() { mm[1][2] = 3 })

	// the nil map is still nil after the failed write
	println(m == nil, len(m))

	// after make, the same variable can be written
	m = make(map[string]int)
	m["a"]++
	println(m["a"], len(m), m == nil)

	// assigning nil makes it nil again, and the old map is untouched
	old := m
	m = nil
	println(len(old), len(m))
}
