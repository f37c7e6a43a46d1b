package main

type E struct{}

func (e *E) Error() string { return "E" }

func mayFail(fail bool) error {
	var p *E
	if fail {
		p = &E{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &E{}
	}
	return nil
}

type I interface{ M() int }
type T struct{ x int }

func (t *T) M() int {
	if t == nil {
		return -1
	}
	return t.x
}

func main() {
	err := mayFail(false)
	println(err == nil, err != nil)
	println(correct(false) == nil, correct(true) == nil)
	var p *T
	var i I = p
	println(i == nil, i.M())
	var j I
	println(j == nil)
	i = &T{5}
	println(i.M())
	var e error
	println(e == nil)
	e = mayFail(true)
	println(e.Error())
	var a any = (*int)(nil)
	println(a == nil, a.(*int) == nil)
}
