package main

type P struct{ X, Y int }

type Color int

func main() {
	ints := map[int64]string{-1: "neg", 1 << 40: "big"}
	println(ints[-1], ints[1<<40])
	bools := map[bool]int{true: 1}
	bools[false] = 2
	println(bools[true], bools[false], len(bools))
	grid := map[P]string{{1, 2}: "a"}
	grid[P{3, 4}] = "b"
	println(grid[P{1, 2}], grid[P{3, 4}], grid[P{2, 1}] == "")
	arrKey := map[[2]int]int{{1, 2}: 3}
	println(arrKey[[2]int{1, 2}])
	a, b := 1, 2
	ptrs := map[*int]string{&a: "a", &b: "b"}
	println(ptrs[&a], ptrs[&b], len(ptrs))
	colors := map[Color]string{0: "red", 1: "green"}
	println(colors[Color(1)])
	runes := map[rune]int{}
	for _, r := range "hello" {
		runes[r]++
	}
	println(runes['l'], runes['h'], len(runes))
	bytes := map[byte]bool{'x': true}
	println(bytes['x'], bytes['y'])
	u8 := map[uint8]int{255: 1}
	var k uint8 = 254
	k++
	println(u8[k])
}
