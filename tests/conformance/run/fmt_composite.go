package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
}

type Inner struct {
	a int
	B []string
}

type Outer struct {
	Inner
	P      *Point
	M      map[string]int
	Any    any
	Err    error
	Arr    [2]bool
	hidden Point
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

type Grid [2][3]int
type List []Point
type Dict map[string][]int

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, &p, &p)
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)

	o := Outer{Inner: Inner{7, []string{"x", "y"}}, M: map[string]int{"z": 26, "a": 1}, Any: 3.5, Arr: [2]bool{true, false}, hidden: Point{9, 9}}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	o.Any = Point{5, 6}
	o.Err = fmt.Errorf("bad")
	fmt.Printf("%v\n%+v\n", o, o)
	var empty Outer
	fmt.Printf("%v\n%+v\n%#v\n", empty, empty, empty)

	// Pointers: &{} only at the top level; deeper ones print an address (so only nil here).
	t := &Tree{Val: 1}
	fmt.Printf("%v %+v\n", t, t)
	var nt *Tree
	fmt.Printf("%v %+v %#v %s %d\n", nt, nt, nt, nt, nt)
	pp := &p
	fmt.Println(pp != nil, fmt.Sprint(&pp) != "", fmt.Sprintf("%v", []*Point{nil}))

	// Slices and arrays.
	fmt.Println([]int{1, 2, 3}, []int{}, []int(nil), [3]string{"a", "", "c"}, [0]int{})
	fmt.Printf("%v|%#v|%#v|%#v|%#v\n", []int(nil), []int(nil), []int{}, [2]int{}, []string{"q"})
	fmt.Printf("%d|%x|%5d|%-4d|%03d|%+d\n", []int{1, 2}, []int{10, 255}, []int{1, 2}, [2]int{3, 4}, []int{5}, []int{6, -7})
	fmt.Printf("%v|%#v|%T\n", Grid{{1, 2, 3}, {4, 5, 6}}, Grid{}, Grid{})
	fmt.Printf("%v|%+v|%#v|%T\n", List{{1, 2}}, List{{3, 4}}, List{{5, 6}}, List{})
	fmt.Printf("%v\n", [][]string{{"a"}, nil, {}, {"b", "c"}})
	fmt.Printf("%v|%#v\n", []any{1, "a", nil, 2.5, []int{1}, Point{}}, []any{1, "a", nil, true})
	fmt.Printf("%v|%v\n", &[]int{1, 2}, &[2]string{"x", "y"})
	fmt.Printf("%v|%+v|%#v\n", &map[string]int{"k": 1}, []*int{nil}, []error{nil})

	// Maps print sorted by key.
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 0: "o"})
	fmt.Println(map[string]bool{"b": true, "a": false, "": true, "B": false})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[Point]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"})
	fmt.Println(map[[2]int]int{{2, 0}: 1, {1, 5}: 2, {1, 3}: 3})
	fmt.Println(map[uint8]int{200: 1, 5: 2}, map[int8]int{-5: 1, 5: 2})
	fmt.Println(map[any]int{3: 0, 1: 1, 2: 2}, map[any]int{"b": 0, "a": 1})
	fmt.Printf("%v|%+v|%#v\n", map[string]Point{"p": {1, 2}}, map[string]Point{"p": {1, 2}}, map[string]Point{"p": {1, 2}})
	fmt.Printf("%#v|%#v|%v|%d\n", map[string]int(nil), map[string]int{}, map[string]int(nil), map[string]int{"a": 1, "b": 2})
	fmt.Printf("%v|%#v|%T\n", Dict{"b": {2}, "a": {1}}, Dict{"x": nil}, Dict{})
	fmt.Println(map[string]map[string]int{"outer": {"y": 2, "x": 1}})
	big := map[int]int{}
	for i := 0; i < 40; i++ {
		big[(i*17)%40] = i
	}
	fmt.Println(big)

	// Anonymous structs and empty ones.
	anon := struct {
		A int
		b string
	}{1, "two"}
	fmt.Printf("%v|%+v|%#v|%T\n", anon, anon, anon, anon)
	fmt.Printf("%v|%+v|%#v|%T\n", struct{}{}, struct{}{}, struct{}{}, struct{}{})
	fmt.Printf("%v|%#v\n", []struct{ N int }{{1}, {2}}, []struct{ N int }{{1}})

	// Interfaces holding nil.
	var e error
	var a any
	fmt.Printf("%v|%#v|%T|%v|%#v|%T\n", e, e, e, a, a, a)
	fmt.Printf("%#v\n", struct {
		E error
		A any
		S fmt.Stringer
	}{})
	fmt.Print(p, l, "\n")
	fmt.Println(p, l)
}
