package main

import (
	"fmt"
	"math"
)

type Level int

func (l Level) String() string { return [...]string{"debug", "info", "warn"}[l] }

type Key struct {
	Name string
	N    int
}

type Flag bool

func main() {
	// Keys sort by value (not by what String returns).
	fmt.Println(map[Level]int{2: 20, 0: 0, 1: 10})
	fmt.Println(map[Key]bool{{"b", 1}: true, {"a", 2}: false, {"a", 1}: true, {"", 9}: false})
	fmt.Println(map[float64]string{math.NaN(): "nan1", math.Inf(1): "inf", math.Inf(-1): "-inf", 0: "zero", -0.5: "neg", math.NaN(): "nan2"}[0])
	nan := map[float64]int{math.Inf(1): 1, math.Inf(-1): 2, 0: 3, -0.5: 4, 1e300: 5}
	fmt.Println(nan, map[float64]int{1: 2, math.NaN(): 1, -1: 3})
	fmt.Println(map[float32]int{1.5: 1, -2.25: 2})
	fmt.Println(map[Flag]string{true: "t", false: "f"})
	fmt.Println(map[[3]string]int{{"a", "b", "c"}: 1, {"a", "a", "z"}: 2, {"", "", ""}: 3})
	fmt.Println(map[struct {
		A [2]int
		B string
	}]int{{[2]int{1, 2}, "x"}: 1, {[2]int{1, 1}, "y"}: 2, {[2]int{0, 9}, "z"}: 3})
	fmt.Println(map[int64]string{math.MinInt64: "min", math.MaxInt64: "max", 0: "zero"})
	fmt.Println(map[uint64]string{math.MaxUint64: "max", 1: "one", 1 << 63: "half"})
	fmt.Println(map[string]int{"β": 1, "a": 2, "Z": 3, "aa": 4, "": 5, "ab": 6, "b": 7})
	fmt.Println(map[any]string{"b": "1", "a": "2", "c": "3"})
	fmt.Println(map[any]int{-3: 1, 10: 2, 0: 3}, map[any]bool{nil: true})
	fmt.Println(map[fmt.Stringer]int{Level(2): 1, Level(0): 2})
	fmt.Println(map[string][]string{"z": {"1"}, "a": nil, "m": {}})
	fmt.Printf("%v\n%+v\n%#v\n", map[Key]Key{{"k", 1}: {"v", 2}}, map[Key]Key{{"k", 1}: {"v", 2}}, map[Key]Key{{"k", 1}: {"v", 2}})
	fmt.Printf("%x|%X|%q|%5d|%s\n", map[string]int{"a": 10, "b": 11}, map[int]string{255: "ff"}, map[string]string{"k": "v"}, map[int]int{1: 2}, map[Level]Level{1: 2})

	// Maps after deletes and re-inserts still print sorted.
	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = fmt.Sprint(i * i)
	}
	for i := 0; i < 20; i += 3 {
		delete(m, i)
	}
	m[-5] = "neg"
	m[100] = "big"
	fmt.Println(m, len(m))
	m2 := map[string]int{"x": 1}
	delete(m2, "x")
	fmt.Println(m2, map[string]int{})
}
