package main

import "errors"

var (
	ErrA = errors.New("same text")
	ErrB = errors.New("same text")
)

type CodeErr struct{ code int }

func (c CodeErr) Error() string { return "code" }

type PtrErr struct{ code int }

func (p *PtrErr) Error() string { return "ptr" }

func find(k int) error {
	switch k {
	case 0:
		return nil
	case 1:
		return ErrA
	case 2:
		return CodeErr{2}
	}
	return &PtrErr{k}
}

func main() {
	// errors.New values are distinct even with the same text
	println(ErrA == ErrB, ErrA.Error() == ErrB.Error(), ErrA == ErrA)
	e1 := errors.New("x")
	e2 := errors.New("x")
	println(e1 == e2, errors.Is(e1, e2))

	// copies of the interface value compare equal
	var saved error = ErrA
	println(saved == ErrA, find(1) == ErrA, find(1) == ErrB)

	// comparable value types compare by value
	println(find(2) == CodeErr{2}, find(2) == error(CodeErr{3}), errors.Is(find(2), CodeErr{2}))

	// pointer error types compare by identity
	p := &PtrErr{5}
	var ep error = p
	println(find(5) == ep, ep == p, errors.Is(ep, p), errors.Is(find(5), ep))

	// nil checks
	println(find(0) == nil, find(1) != nil, errors.Is(find(0), nil), errors.Is(find(1), nil))

	// the same dynamic value under different types
	println(error(CodeErr{1}) == error(CodeErr{1}), any(CodeErr{1}) == any(PtrErr{1}))

	// reassigning a sentinel variable changes what == compares against
	old := ErrA
	ErrA = errors.New("replaced")
	println(old == ErrA, find(1) == ErrA, ErrA.Error())

	// Error() on errors.New values can be called repeatedly
	msg := ""
	for i := 0; i < 3; i++ {
		msg += ErrB.Error()[:4]
	}
	println(msg)

}
