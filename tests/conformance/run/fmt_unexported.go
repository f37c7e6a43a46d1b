package main

import "fmt"

type Color int

func (c Color) String() string { return fmt.Sprintf("color%d", int(c)) }

type inner struct{ C Color }
type Inner struct{ C Color }
type code int

func (c code) Error() string { return fmt.Sprintf("code%d", int(c)) }

type holder struct{ c Color }

// Methods are not called on values reached through unexported fields (reflect's rules: an
// unexported embedded struct's exported fields are reachable, what an unexported field holds is
// not).
type outer struct {
	inner
	Inner
	s   fmt.Stringer
	S   fmt.Stringer
	e   error
	E   error
	m   map[Color]Color
	M   map[Color]Color
	l   []Color
	L   []Color
	a   [1]Color
	h   holder
	H   holder
	pi  *Inner
	Any any
	any any
}

type plain struct {
	inner
	x int
}

func main() {
	var err error = code(3)
	o := outer{
		inner{1}, Inner{2}, Color(4), Color(5), err, err,
		map[Color]Color{6: 7}, map[Color]Color{8: 9}, []Color{10}, []Color{11}, [1]Color{12},
		holder{13}, holder{14}, nil, inner{15}, inner{16},
	}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	fmt.Printf("%v %+v %s\n", plain{inner{1}, 2}, &plain{inner{3}, 4}, []plain{{inner{5}, 6}})
	fmt.Println(holder{1}, []holder{{2}}, map[string]holder{"k": {3}}, struct{ h holder }{holder{4}})
	fmt.Println(struct {
		inner
		y int
	}{inner{7}, 8})
	fmt.Println(struct{ Inner }{Inner{9}}, struct{ Color }{10}, struct{ color Color }{11})
}
