package main

import "errors"

var ErrA = errors.New("a")

type CodeErr struct{ code int }

func (c CodeErr) Error() string { return "code" }

type PtrErr struct{ code int }

func (p *PtrErr) Error() string { return "ptr" }

var shared = &PtrErr{9}

func find(k int) error {
	switch k {
	case 0:
		return nil
	case 1:
		return ErrA
	case 2:
		return CodeErr{2}
	case 3:
		return CodeErr{3}
	case 9:
		return shared
	}
	return &PtrErr{k}
}

func main() {
	// an expression switch on an error value compares with ==; case values of a
	// concrete type implementing error are allowed
	for _, k := range []int{0, 1, 2, 3, 9, 7} {
		switch err := find(k); err {
		case nil:
			println(k, "nil")
		case ErrA:
			println(k, "ErrA")
		case CodeErr{2}:
			println(k, "CodeErr{2}")
		case shared:
			println(k, "shared pointer")
		default:
			println(k, "other:", err.Error())
		}
	}

	// the same with a tagless switch
	for _, k := range []int{2, 3} {
		err := find(k)
		switch {
		case err == CodeErr{2}:
			println(k, "tagless CodeErr{2}")
		case errors.Is(err, CodeErr{3}):
			println(k, "tagless Is CodeErr{3}")
		}
	}
}
