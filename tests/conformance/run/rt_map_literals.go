package main

type P struct{ X, Y int }

type Item struct {
	Name string
	Qty  int
}

var global = map[P][]Item{
	{0, 0}: {{"origin", 1}},
	{1, 2}: {{"a", 2}, {"b", 3}},
}

func main() {
	println(len(global), len(global[P{1, 2}]), global[P{1, 2}][1].Name, global[P{}][0].Qty)

	// elided key and value types for composite elements
	m := map[[2]int]map[string]int{
		{1, 2}: {"x": 1, "y": 2},
		{2, 1}: {},
		{0, 0}: nil,
	}
	println(len(m), m[[2]int{1, 2}]["y"], len(m[[2]int{2, 1}]), m[[2]int{}] == nil)

	// pointer keys with elided &T
	pk := map[*P]string{{1, 1}: "a", {1, 1}: "b"}
	println(len(pk))
	found := 0
	for k, v := range pk {
		if *k == (P{1, 1}) && (v == "a" || v == "b") {
			found++
		}
	}
	println(found)

	// pointer values with elided &T
	pv := map[string]*Item{"k": {"key", 3}}
	pv["k"].Qty++
	println(pv["k"].Name, pv["k"].Qty)

	// keys computed by expressions, including constants of a named type
	type Level int
	const (
		Low Level = iota + 1
		Mid
		High
	)
	levels := map[Level]string{Low: "low", Mid: "mid", High * 10: "high*10"}
	println(levels[1], levels[2], levels[30], levels[High] == "")
	x := 5
	dyn := map[int]int{x: x * x, x + 1: 0, -x: 1}
	println(dyn[5], dyn[6], dyn[-5], len(dyn))

	// the same map literal evaluated twice gives two distinct maps
	mk := func() map[string]int { return map[string]int{"n": 1} }
	a, b := mk(), mk()
	a["n"] = 99
	println(b["n"], a["n"])

	// empty literal vs nil
	empty := map[int]bool{}
	var nilm map[int]bool
	println(empty == nil, nilm == nil, len(empty))

	// map literal of bool keys and func values
	ops := map[bool]func(int) int{
		true:  func(n int) int { return n * 2 },
		false: func(n int) int { return -n },
	}
	println(ops[true](21), ops[false](21), ops[3 > 2](1))

	// nested struct literal values
	inv := map[string]struct {
		Item
		Price int
	}{"pen": {Item{"pen", 10}, 2}}
	println(inv["pen"].Name, inv["pen"].Qty*inv["pen"].Price)
}
