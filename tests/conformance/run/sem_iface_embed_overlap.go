package main

type Namer interface{ Name() string }
type Closer interface {
	Close() error
	Name() string
}
type NamedCloser interface {
	Namer
	Closer
}
type ErrNamer interface {
	error
	Namer
}

type res struct {
	name   string
	closed int
}

func (r *res) Name() string { return r.name }
func (r *res) Close() error {
	r.closed++
	if r.closed > 1 {
		return &resErr{r.name}
	}
	return nil
}

type resErr struct{ who string }

func (e *resErr) Error() string { return e.who + " already closed" }
func (e *resErr) Name() string  { return "err:" + e.who }

func closeAll(cs []NamedCloser) int {
	fails := 0
	for _, c := range cs {
		if err := c.Close(); err != nil {
			fails++
			if en, ok := err.(ErrNamer); ok {
				println(en.Name(), "|", en.Error())
			}
		}
	}
	return fails
}

func main() {
	a, b := &res{name: "a"}, &res{name: "b"}
	cs := []NamedCloser{a, b, a}
	println(closeAll(cs))
	var n Namer = cs[1]
	var c Closer = cs[2]
	println(n.Name(), c.Name())
	nc, ok := n.(NamedCloser)
	println(ok, nc == cs[1])
	var e error = &resErr{"x"}
	en, ok := e.(ErrNamer)
	println(ok, en.Name())
	var n2 Namer = en
	_, ok = n2.(Closer)
	println(ok)
	var en2 ErrNamer
	println(en2 == nil)
	var e2 error = en
	println(e2 == e, e2.Error())
}
