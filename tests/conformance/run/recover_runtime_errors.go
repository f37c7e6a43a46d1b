package main

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name, "->", e.Error())
		} else {
			println(name, "-> not an error")
		}
	}()
	f()
}

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	try("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	try("slice", func() {
		s := make([]int, 2, 4)
		j := 6
		_ = s[1:j]
	})
	try("divide", func() {
		a, b := 1, 0
		println(a / b)
	})
	try("nil map", func() {
		var m map[string]int
		m["k"] = 1
	})
	try("nil pointer", func() {
		var p *Sq
		println(p.s)
	})
	try("assert concrete", func() {
		var x any = "text"
		println(x.(int))
	})
	try("assert iface", func() {
		var x any = 5
		_ = x.(Shape)
	})
	try("assert nil", func() {
		var sh Shape
		_ = sh.(Sq)
	})
	try("string index", func() {
		s := "abc"
		k := 3
		_ = s[k]
	})
	try("custom", func() { panic("plain string") })
}
