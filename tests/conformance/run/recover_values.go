package main

import "errors"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
			err = errors.New("division failed")
		}
	}()
	q = a / b
	return q, nil
}

func parseDigit(c byte) (d int, ok bool) {
	defer func() {
		if recover() != nil {
			d, ok = 0, false
		}
	}()
	if c < '0' || c > '9' {
		panic("not a digit")
	}
	return int(c - '0'), true
}

func firstOr(s []string, def string) (v string) {
	defer func() {
		if recover() != nil {
			v = def
		}
	}()
	return s[0]
}

func main() {
	q, err := safeDiv(17, 5)
	println(q, err == nil)
	q, err = safeDiv(1, 0)
	println(q, err.Error())
	for _, c := range []byte("4x9") {
		d, ok := parseDigit(c)
		println(string(c), d, ok)
	}
	println(firstOr([]string{"a", "b"}, "none"))
	println(firstOr(nil, "none"))
	println("still running")
}
