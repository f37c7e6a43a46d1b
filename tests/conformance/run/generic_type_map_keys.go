package main

// Instances used as map keys: structs of scalars, pointers to instances, named string instances.

type Key[T comparable] struct{ id T }

type Coord[T comparable] struct {
	x, y T
}

func (c Coord[T]) Swap() Coord[T] { return Coord[T]{c.y, c.x} }

type Named[T comparable] string

func main() {
	m := map[Key[int]]string{}
	m[Key[int]{1}] = "one"
	m[Key[int]{2}] = "two"
	m[Key[int]{1}] = "uno"
	println(len(m), m[Key[int]{1}], m[Key[int]{3}] == "")

	grid := map[Coord[int]]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[Coord[int]{i, j}] = i*10 + j
		}
	}
	c := Coord[int]{2, 1}
	println(grid[c], grid[c.Swap()], len(grid))
	delete(grid, c)
	_, ok := grid[c]
	println(ok, len(grid))

	sk := map[Key[rune]]int{{'a'}: 1, {'b'}: 2}
	sk[Key[rune]{'a'}] += 10
	println(sk[Key[rune]{'a'}], sk[Key[rune]{'b'}])

	// Pointer-to-instance keys compare by identity.
	k1, k2 := &Key[int]{7}, &Key[int]{7}
	pm := map[*Key[int]]int{k1: 1}
	pm[k2] = 2
	pm[k1]++
	println(len(pm), pm[k1], pm[k2])

	// Keys of different instances over the same underlying layout.
	a1 := map[Key[int8]]int{{1}: 1}
	a2 := map[Key[uint8]]int{{1}: 2}
	a1[Key[int8]{-1}] = 3
	a2[Key[uint8]{255}] += 4
	println(len(a1), a1[Key[int8]{1}], a1[Key[int8]{-1}], a2[Key[uint8]{1}], a2[Key[uint8]{255}])

	nm := map[Named[int]]bool{"x": true}
	println(nm["x"], nm["y"])

	set := map[Coord[bool]]struct{}{}
	set[Coord[bool]{}] = struct{}{}
	set[Coord[bool]{false, false}] = struct{}{}
	set[Coord[bool]{true, false}] = struct{}{}
	println(len(set))
}
