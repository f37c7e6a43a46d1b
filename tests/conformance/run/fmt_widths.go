package main

import "fmt"

type P struct {
	X int
	S string
	F float64
}

type Name string

func (n Name) String() string { return "N:" + string(n) }

func main() {
	// Width, precision and flags apply to every element of a composite value.
	fmt.Printf("[%4v] [%-4v] [%04d] [%+d] [%x] [% x] [%#x]\n", []int{1, 22}, []int{1, 22}, []int{1, -2}, []int{3, -4}, []int{255, 16}, []int{255, 16}, []int{255, 16})
	fmt.Printf("[%6.2f] [%-8.3e] [%+.1f] [%06.1f]\n", []float64{3.14159, -1}, [2]float64{1000, 0.5}, []float64{2}, []float64{-2.25})
	fmt.Printf("[%5v] [%-5v] [%+v] [%#v] [%8.3v]\n", P{1, "a", 1.5}, P{2, "b", 2}, P{3, "c", 0.25}, P{4, "d", 1e9}, P{5, "long string", 3.14159})
	fmt.Printf("[%5s] [%-5q] [%.1s] [%x]\n", []string{"a", "bb"}, []string{"x"}, []string{"héllo", "wörld"}, []string{"hi", "yo"})
	fmt.Printf("[%3v] [%-6s] [%q] [%.3s]\n", map[string]int{"a": 1}, map[Name]Name{"k": "v"}, map[Name]string{"a": "b"}, []Name{"abcdef"})
	fmt.Printf("[%6v] [%-6v] [%06v] [%.2v]\n", Name("x"), Name("y"), Name("z"), Name("long"))
	fmt.Printf("[%8v] [%-8v] [%08v]\n", true, false, nil)
	fmt.Printf("[%5v] [%5d] [%-5v]\n", &P{1, "x", 2}, &[]int{1, 2}, &map[string]int{"a": 1})
	fmt.Printf("[%v] [%d] [%s]\n", struct {
		A []int
		B map[string][]int
	}{[]int{1}, map[string][]int{"k": {2, 3}}}, [][]int{{1, 2}, {3}}, [][]string{{"a"}, {"b", "c"}})

	// Argument indexes and star arguments.
	fmt.Printf("%[2]s %[1]s %[2]s %s\n", "world", "hello")
	fmt.Printf("%[1]d %[1]x %#[1]o %[1]q %[1]U\n", 65)
	fmt.Printf("%[3]*.[2]*[1]f|%[1]*[2]d|%-*d|\n", 12.0, 2, 6, 4, 7)
	fmt.Printf("%*s|%-*s|%.*s|%*.*s|\n", 6, "ab", 6, "cd", 2, "efgh", 5, 1, "ij")
	fmt.Printf("%[1]*[1]d|%[2]*[1]d\n", 3, 5)
	fmt.Printf("%0*d|%-0*d|%+0*d\n", 5, 42, 5, 42, 5, 42)
	fmt.Printf("%v %[1]T %[1]q %[2]v\n", "s", 1.5)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%#[1]x %#[1]X % [1]x %+[1]d\n", 3054)
}
