package main

type T struct{ n int }

func (t T) Val() int { return t.n }
func (t *T) Ptr() int {
	if t == nil {
		return -1
	}
	return t.n
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			println(name, "ok")
			return
		}
		println(name, "panic:", r.(error).Error())
	}()
	f()
}

func main() {
	var p *T
	try("ptr method value on nil", func() {
		f := p.Ptr
		println("bound", f())
	})
	try("value method value on nil", func() {
		f := p.Val
		println("bound (not reached)")
		_ = f
	})
	try("defer value method on nil", func() {
		defer println("outer deferred runs")
		defer p.Val()
		println("after defer (not reached)")
	})
	try("defer ptr method on nil", func() {
		defer println("deferred ptr ok")
		defer p.Ptr()
		println("after defer ptr")
	})
	p = &T{3}
	v := p.Val
	p.n = 4
	pv := p.Ptr
	p = nil
	try("bound earlier", func() {
		println(v(), pv())
	})
}
