package main

import "slices"

func main() {
	ys := []int{3, 1, 2, 3, 3, 1}
	slices.Sort(ys)
	i, found := slices.BinarySearch(ys, 2)
	println(ys[0], ys[5], i, found, slices.Index(ys, 3), slices.Contains(ys, 7), slices.Max(ys), slices.Min(ys))
	ys = slices.Compact(ys)
	println(len(ys), slices.Equal(ys, []int{1, 2, 3}))
	ws := []string{"b", "a", "c"}
	slices.SortFunc(ws, func(a, b string) int {
		if a < b {
			return 1
		}
		if a > b {
			return -1
		}
		return 0
	})
	slices.Reverse(ws)
	ws = slices.Insert(ws, 1, "x", "y")
	ws = slices.Delete(ws, 0, 1)
	println(len(ws), ws[0], ws[1], ws[3], slices.IndexFunc(ws, func(s string) bool { return s == "c" }))
	c := slices.Clone(ws)
	c[0] = "z"
	println(ws[0], c[0], slices.Clone([]int(nil)) == nil, slices.IsSorted([]float64{1, 2, 2}))
	defer func() { println("recovered:", recover().(string)) }()
	slices.Max([]int{})
}
