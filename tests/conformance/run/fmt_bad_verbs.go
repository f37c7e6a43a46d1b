package main

import "fmt"

type T struct {
	A int
	B string
}

type Nums []int

func main() {
	lines := []string{
		fmt.Sprintf("%d", "hi"),
		fmt.Sprintf("%s", 42),
		fmt.Sprintf("%t", 1),
		fmt.Sprintf("%z", 3.5),
		fmt.Sprintf("%x", true),
		fmt.Sprintf("%c", "c"),
		fmt.Sprintf("%q", 1.5),
		fmt.Sprintf("%d", T{1, "x"}),
		fmt.Sprintf("%s", T{1, "x"}),
		fmt.Sprintf("%z", T{1, "x"}),
		fmt.Sprintf("%z", &T{1, "x"}),
		fmt.Sprintf("%d", []string{"a"}),
		fmt.Sprintf("%s", Nums{1}),
		fmt.Sprintf("%d", nil),
		fmt.Sprintf("%s", nil),
		fmt.Sprintf("%v|%T", nil, nil),
		fmt.Sprintf("%!"),
		fmt.Sprintf("%é", 1),
		fmt.Sprintf("%d %d", 1),
		fmt.Sprintf("%d", 1, 2),
		fmt.Sprintf("%d", 1, "two", nil, 3.5, T{}),
		fmt.Sprintf("no verbs", 1),
		fmt.Sprintf("%", 1),
		fmt.Sprintf("%-", 1),
		fmt.Sprintf("%5", 1),
		fmt.Sprintf("%.", 1),
		fmt.Sprintf("%[3]d", 1, 2),
		fmt.Sprintf("%[0]d", 1),
		fmt.Sprintf("%[-1]d", 1),
		fmt.Sprintf("%[x]d", 1),
		fmt.Sprintf("%[1", 1),
		fmt.Sprintf("%[1]", 1),
		fmt.Sprintf("%[2]d %d", 1, 2),
		fmt.Sprintf("%[2]d %[1]d %d", 1, 2),
		fmt.Sprintf("%[1]d %[1]x %[1]o", 10),
		fmt.Sprintf("%[3]*.[2]*[1]f|", 12.0, 2, 6),
		fmt.Sprintf("%[1]2d", 1),
		fmt.Sprintf("%[1].2d", 1),
		fmt.Sprintf("%*d", "x", 1),
		fmt.Sprintf("%.*d", "x", 1),
		fmt.Sprintf("%*d", 10000000, 1),
		fmt.Sprintf("%.*d", -1, 7),
		fmt.Sprintf("%*d|", -5, 7),
		fmt.Sprintf("%-*d|", 4, 7),
		fmt.Sprintf("%*d|", uint8(3), 7),
		fmt.Sprintf("%*d|", int64(3), 7),
		fmt.Sprintf("%*d|", uint64(1<<63), 7),
		fmt.Sprintf("%*d"),
		fmt.Sprintf("%.*d", 2),
		fmt.Sprintf("%99999999999d", 1),
		fmt.Sprintf("%.99999999999d", 1),
		fmt.Sprintf("%-010d|%0-10d|", 5, 5),
		fmt.Sprintf("%%|%5%|%-5%|%d%%", 9),
		fmt.Sprintf("%p", 1),
		fmt.Sprintf("%p", "s"),
		fmt.Sprintf("%v %v", []int(nil), map[int]int(nil)),
		fmt.Sprintf("%p %p %#p", []int(nil), (*int)(nil), (*int)(nil)),
		fmt.Sprintf("%#v %#v", (*T)(nil), (func())(nil)),
		fmt.Sprintf("%v %d %x", (*int)(nil), (*int)(nil), (*T)(nil)),
		fmt.Sprintf("%s", (*T)(nil)),
		fmt.Sprintf("%t", (*T)(nil)),
	}
	for i, l := range lines {
		fmt.Printf("%2d: %s\n", i, l)
	}
}
