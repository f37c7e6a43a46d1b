package main

type Bag struct{ items []string }

type Holder struct {
	name string
	v    any
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			println(name, "->", err.Error())
			return
		}
		println(name, "-> no panic")
	}()
	f()
}

func main() {
	m := map[any]int{"ok": 1}
	try("store slice", func() { m[[]int{1, 2}] = 1 })
	try("lookup slice", func() { _ = m[[]string{"a"}] })
	try("comma-ok map", func() { _, ok := m[map[string]int{}]; println(ok) })
	try("delete func", func() { delete(m, func() {}) })
	try("op-assign struct", func() { m[Bag{}]++ })
	try("nested in struct", func() {
		hm := map[Holder]int{}
		hm[Holder{"a", 1}] = 1
		println("hashable holder stored", len(hm))
		hm[Holder{"b", []byte("x")}] = 2
	})
	try("nested in array", func() {
		am := map[[2]any]int{}
		am[[2]any{1, "x"}] = 1
		println("hashable array stored", len(am))
		_ = am[[2]any{1, []float64{}}]
	})
	try("nil map lookup", func() {
		var nm map[any]bool
		println("nil map plain lookup", nm[1])
		_ = nm[[]int(nil)]
	})
	try("empty map lookup", func() {
		em := map[any]bool{}
		_, ok := em[map[int]bool{}]
		println(ok)
	})
	try("nil map delete", func() {
		var nm map[any]bool
		delete(nm, []int{})
	})
	try("hashable nil slice ptr", func() {
		var p *[]int
		m[p] = 3
		println("pointer to slice is fine", m[p])
	})
	println(len(m))
	var e any = []int{1}
	try("compare in key search", func() {
		keys := map[any]bool{1: true}
		for k := range keys {
			println("equal?", k == e)
		}
		keys[e] = true
	})
}
