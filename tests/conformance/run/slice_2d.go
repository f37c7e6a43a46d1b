package main

func main() {
	n := 4
	grid := make([][]int, n)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for i := 0; i < n; i++ {
		print(len(grid[i]), ":")
		for j := 0; j < len(grid[i]); j++ {
			print(" ", grid[i][j])
		}
		println()
	}
	pascal := [][]int{{1}}
	for i := 1; i < 6; i++ {
		prev := pascal[i-1]
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = prev[j-1] + prev[j]
		}
		pascal = append(pascal, row)
	}
	println(pascal[5][2], len(pascal))
	alias := grid[3]
	alias[3] = 42
	println(grid[3][3])
}
