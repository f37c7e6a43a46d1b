package main

// Switch cases are compared with the tag as Go's == would: an interface case against a concrete
// tag (and the reverse) compares as interfaces, a missing tag is the value true, and a slice, map
// or func tag compares with nil only.

type S struct{ a int }

func kind(x interface{}) string {
	switch 1 {
	case x:
		return "one"
	}
	switch x {
	case 1:
		return "int"
	case S{2}:
		return "S{2}"
	}
	return "other"
}

func truth(i interface{}) string {
	switch {
	case i:
		return "true"
	}
	return "not true"
}

func nils[T any](s []T, m map[int]T, f func() T) (r string) {
	switch s {
	case nil:
		r += "s"
	}
	switch m {
	case nil:
		r += "m"
	}
	switch f {
	case nil:
		r += "f"
	}
	return r
}

func main() {
	println(kind(1), kind(2), kind(S{2}), kind("x"))
	println(truth(true), truth(false), truth(1))
	println(nils[int](nil, nil, nil), nils([]int{}, map[int]int{}, func() int { return 0 }))
}
