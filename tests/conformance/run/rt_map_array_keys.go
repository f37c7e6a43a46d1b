package main

type Cell [2]int16

func main() {
	m := map[[3]int]string{}
	m[[3]int{1, 2, 3}] = "a"
	m[[3]int{3, 2, 1}] = "b"
	m[[3]int{}] = "zero"
	k := [3]int{1, 2}
	k[2] = 3
	println(m[k], m[[3]int{3, 2, 1}], m[[3]int{0, 0, 0}], len(m))
	k[0] = 9
	println(m[k] == "", len(m))

	// nested arrays and zero-length arrays
	nested := map[[2][2]int]int{{{1, 2}, {3, 4}}: 10}
	nested[[2][2]int{{1, 2}, {3, 4}}]++
	nested[[2][2]int{{3, 4}, {1, 2}}] = 20
	println(nested[[2][2]int{{1, 2}, {3, 4}}], len(nested))
	empty := map[[0]int]string{}
	empty[[0]int{}] = "only"
	empty[[0]int{}] = "still only"
	println(len(empty), empty[[0]int{}])

	// arrays of bools and bytes
	bits := map[[4]bool]int{}
	for i := 0; i < 16; i++ {
		var key [4]bool
		for j := 0; j < 4; j++ {
			key[j] = i&(1<<j) != 0
		}
		bits[key] = i
	}
	println(len(bits), bits[[4]bool{true, false, true, false}], bits[[4]bool{false, false, false, true}])
	bm := map[[3]byte]int{}
	for _, w := range []string{"cat", "dog", "cat", "cow", "dog", "cat"} {
		var key [3]byte
		copy(key[:], w)
		bm[key]++
	}
	println(len(bm), bm[[3]byte{'c', 'a', 't'}], bm[[3]byte{'d', 'o', 'g'}])

	// named array keys: a sparse grid
	grid := map[Cell]bool{}
	for i := int16(-5); i <= 5; i++ {
		grid[Cell{i, i * i}] = true
	}
	println(len(grid), grid[Cell{-3, 9}], grid[Cell{3, -9}], grid[Cell{0, 0}])
	neighbours := 0
	c := Cell{2, 4}
	for dx := int16(-1); dx <= 1; dx++ {
		for dy := int16(-3); dy <= 5; dy++ {
			if (dx != 0 || dy != 0) && grid[Cell{c[0] + dx, c[1] + dy}] {
				neighbours++
			}
		}
	}
	println(neighbours)

	// arrays of pointers
	a, b := 1, 2
	pm := map[[2]*int]string{{&a, &b}: "ab", {&b, &a}: "ba", {nil, &a}: "na"}
	println(pm[[2]*int{&a, &b}], pm[[2]*int{&b, &a}], pm[[2]*int{nil, &a}], len(pm))
}
