package main

import "errors"

var ErrNotFound = errors.New("not found")
var ErrEmpty = errors.New("empty")

func find(m map[string]int, k string) (int, error) {
	if len(m) == 0 {
		return 0, ErrEmpty
	}
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	v, err := find(m, "a")
	println(v, err == nil)
	_, err = find(m, "b")
	println(err == ErrNotFound, err.Error())
	_, err = find(nil, "a")
	println(err == ErrEmpty, err == ErrNotFound, err.Error())
	e1 := errors.New("same")
	e2 := errors.New("same")
	println(e1 == e2, e1.Error() == e2.Error())
	println(errors.Is(err, ErrEmpty), errors.Is(err, ErrNotFound), errors.Is(nil, ErrEmpty))
}
