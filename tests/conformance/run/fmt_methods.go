package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("P%d", p.n) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("error %d", e.Code) }

// Both error and Stringer: Error wins.
type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Gopher struct{ Name string }

func (g Gopher) GoString() string { return "Gopher(" + g.Name + ")" }
func (g Gopher) String() string   { return "gopher " + g.Name }

type Money struct {
	Cents int
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "USD ")
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		w, ok := f.Width()
		fmt.Fprintf(f, "%d cents (width %d %v)", m.Cents, w, ok)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Wrapper struct {
	C     Color
	c     Color
	P     *PtrStringer
	E     error
	Inner struct{ C Color }
}

type Embeds struct {
	Color
	N int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Str string

func (s Str) String() string { return "<" + string(s) + ">" }

type Seq []int

func (s Seq) String() string { return fmt.Sprintf("seq of %d", len(s)) }

type Registry map[string]int

func (r Registry) String() string { return fmt.Sprintf("registry(%d)", len(r)) }

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Printf("%v|%s|%d|%q|%x|%X|%5s|%-7v|%.2s|%#v|%T\n", Color(1), Color(0), Color(1), Color(0), Color(0), Color(1), Color(0), Color(1), Color(1), Color(1), Color(1))
	fmt.Println([]Color{0, 1, 2}, map[Color]int{1: 10, 0: 5}, [2]Color{1, 0})

	// A pointer-receiver String is used for pointers only.
	ps := &PtrStringer{4}
	fmt.Println(ps, *ps, []*PtrStringer{ps}, []PtrStringer{{5}})
	fmt.Printf("%v %+v %s\n", *ps, *ps, ps)

	// Errors.
	var err error = MyErr{42}
	fmt.Println(err, MyErr{1}, &MyErr{2})
	fmt.Printf("%v|%s|%q|%d|%+v|%#v\n", err, err, err, err, err, err)
	fmt.Println(Both{}, []any{Both{}})
	fmt.Printf("%s %v %d\n", errors.New("plain"), []error{errors.New("a"), nil}, errors.New("x"))

	// GoStringer for %#v, Stringer otherwise.
	g := Gopher{"gus"}
	fmt.Printf("%v|%+v|%#v|%s|%#v|%#v\n", g, g, g, g, []Gopher{g}, map[string]Gopher{"k": g})

	// Formatter.
	m := Money{12345}
	fmt.Printf("%v|%+v|%s|%d|%8d|%x\n", m, m, m, m, m, m)
	fmt.Println(m, []Money{{1}, {250}})

	// Methods inside composite values; not for unexported fields.
	w := Wrapper{C: 1, c: 1, P: ps, E: MyErr{3}}
	w.Inner.C = 0
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Printf("%v %+v\n", Embeds{Color: 1, N: 2}, Embeds{Color: 7})
	fmt.Println(Temp(21.55), []Temp{-3, 100}, Str("s"), []Str{"a", "b"}, Seq{1, 2, 3}, Registry{"a": 1})
	fmt.Printf("%v %s %q %d\n", Seq{1}, Seq{}, Str("q"), Seq{4, 5})
	fmt.Print(Str("a"), Str("b"), 1, 2, "\n")
	fmt.Print(Color(1), Color(0), "\n")
	var nilColors []Color
	fmt.Println(nilColors, map[string]Color(nil), struct{ C Color }{1}, &struct{ C Color }{0})
}
