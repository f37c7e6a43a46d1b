package main

func add(g map[string]map[string]int, a, b string, w int) {
	inner, ok := g[a]
	if !ok {
		inner = map[string]int{}
		g[a] = inner
	}
	inner[b] += w
}

func main() {
	g := map[string]map[string]int{}
	add(g, "a", "b", 1)
	add(g, "a", "c", 2)
	add(g, "b", "c", 3)
	add(g, "a", "b", 10)
	println(len(g), len(g["a"]), g["a"]["b"], g["a"]["c"], g["b"]["c"])

	// reading through a missing outer key gives a nil inner map: reads are fine
	println(g["zz"]["b"], len(g["zz"]), g["zz"] == nil)
	_, ok := g["zz"]["q"]
	println(ok, len(g))

	// the inner map is shared, not copied
	in := g["a"]
	in["new"] = 5
	println(g["a"]["new"], len(g["a"]))
	delete(g["a"], "b")
	println(len(in))

	// replacing the inner map does not affect the old reference
	g["a"] = map[string]int{"fresh": 1}
	println(len(in), len(g["a"]))

	// writing through a missing outer key panics with a nil map
	func() {
		defer func() {
			println("recovered:", recover().(error).Error())
		}()
		g["missing"]["x"] = 1
	}()
	println(len(g))

	// three levels deep, with int keys
	cube := map[int]map[int]map[int]bool{}
	for x := 0; x < 3; x++ {
		cube[x] = map[int]map[int]bool{}
		for y := 0; y < 3; y++ {
			cube[x][y] = map[int]bool{}
			for z := 0; z < 3; z++ {
				if (x+y+z)%2 == 0 {
					cube[x][y][z] = true
				}
			}
		}
	}
	count := 0
	for _, plane := range cube {
		for _, row := range plane {
			count += len(row)
		}
	}
	println(count, cube[1][1][0], cube[1][1][1], cube[2][2][2])

	// map values of map type in a literal
	lit := map[bool]map[int]string{true: {1: "one"}, false: nil}
	println(lit[true][1], lit[false][1] == "", len(lit))
}
