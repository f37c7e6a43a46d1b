package main

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	println(grid[2][3], len(grid), len(grid[0]))
	row := grid[1]
	row[0] = -1
	println(grid[1][0], row[0])
	total := 0
	for i := 0; i < len(grid); i++ {
		for _, v := range grid[i] {
			total += v
		}
	}
	println(total)
	id := [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	println(id[1][1], id[2][0])
	type Matrix [2][2]int
	m := Matrix{{1, 2}, {3, 4}}
	var t Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			t[j][i] = m[i][j]
		}
	}
	println(t[0][1], t[1][0])
	arrs := [2][]int{{1}, {2, 3}}
	arrs[1] = append(arrs[1], 4)
	println(len(arrs[1]), arrs[1][2])
}
