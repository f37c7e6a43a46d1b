package main

type Grid struct {
	rows [][]int
}

func (g *Grid) At(r, c int) int { return g.rows[r][c] }

func main() {
	g := &Grid{[][]int{
		{1, 2, 3},
		{4, 5},
		{6},
	}}
	sum := 0
	for r := 0; r < len(g.rows); r++ {
		for c := 0; c < 3; c++ {
			println("visit", r, c)
			sum += g.At(r, c)
		}
	}
	println(sum)
}
