package main

import "errors"

type CodeErr struct{ code int }

func (c CodeErr) Error() string { return "code " + string(rune('0'+c.code)) }

type PtrErr struct{ msg string }

func (p *PtrErr) Error() string { return p.msg }

type Wrapped struct {
	err error
	ctx string
}

func (w Wrapped) Error() string { return w.err.Error() }
func (w Wrapped) Unwrap() error { return w.err }

type Annot struct {
	error
	note string
}

var ErrBase = errors.New("base")

func find(code int) error {
	switch code {
	case 0:
		return nil
	case 1:
		return CodeErr{1}
	case 2:
		return &PtrErr{"p"}
	case 3:
		return Wrapped{CodeErr{3}, "ctx"}
	}
	return Wrapped{ErrBase, "wrapped base"}
}

func main() {
	println(find(1) == CodeErr{1}, find(1) == find(1), find(1) != CodeErr{2})
	println(find(2) == find(2), find(2).Error())
	println(errors.New("x") == errors.New("x"))
	e1 := errors.New("y")
	e2 := e1
	println(e1 == e2, e1.Error())
	w := find(3)
	println(w.Error(), w == Wrapped{CodeErr{3}, "ctx"})
	println(errors.Is(w, CodeErr{3}), errors.Is(w, CodeErr{4}))
	println(errors.Is(find(4), ErrBase), errors.Is(find(1), ErrBase))
	println(errors.Unwrap(w) == CodeErr{3}, errors.Unwrap(find(1)) == nil)
	var target *PtrErr
	println(errors.As(find(2), &target), target.msg)
	var ce CodeErr
	println(errors.As(find(3), &ce), ce.code)
	for i := 0; i < 5; i++ {
		err := find(i)
		if err == nil {
			println(i, "ok")
			continue
		}
		if _, ok := err.(interface{ Unwrap() error }); ok {
			println(i, "wrapper:", err.Error())
		} else {
			println(i, "plain:", err.Error())
		}
	}
	ws := Wrapped{ctx: "empty"}
	println(ws.err == nil)
	var an error = Annot{find(3), "n"}
	println(an.Error(), errors.Is(an, CodeErr{3}), an == Annot{find(3), "n"})
}
