package main

type P struct{ X, Y int }

const two = 2

func main() {
	a := map[string]int{"x": 1, "y": 2, "x": 3}         // ERROR "duplicate key \"x\" in map literal"
	b := map[int]bool{1: true, two: false, 1 + 1: true} // ERROR "duplicate key 2 in map literal"
	c := map[bool]int{true: 1, false: 0, !false: 2}     // ERROR "duplicate key true in map literal"
	d := map[float64]string{0.5: "a", 1.0 / 2: "b"}     // ERROR "duplicate key 0.5 in map literal"
	_, _, _, _ = a, b, c, d
}
