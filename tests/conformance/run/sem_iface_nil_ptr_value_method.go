package main

type Getter interface{ Get() int }

type T struct{ n int }

func (t T) Get() int { return t.n }

type P struct{ n int }

func (p *P) Get() int {
	if p == nil {
		return -1
	}
	return p.n
}

func try(name string, g Getter) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				println(name, "panic:", e.Error())
			} else {
				println(name, "panic (non-error)")
			}
		}
	}()
	println(name, g.Get())
}

func main() {
	var pp *P
	var tp *T
	try("nil *P", pp)
	try("*T", &T{3})
	try("T", T{4})
	try("nil *T", tp)
	var g Getter = tp
	println(g != nil)
	_, isPtr := g.(*T)
	println(isPtr)
	var nothing Getter
	try("nil iface", nothing)
	expr := (*T).Get
	func() {
		defer func() { println("expr:", recover().(error).Error()) }()
		println(expr(tp))
	}()
}
