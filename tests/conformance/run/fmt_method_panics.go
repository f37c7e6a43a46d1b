package main

import (
	"errors"
	"fmt"
)

type Boom struct{ msg string }

func (b Boom) String() string { panic(b.msg) }

type ErrBoom struct{}

func (ErrBoom) Error() string { panic(errors.New("error method failed")) }

type Index struct{ i int }

func (x Index) String() string {
	s := []int{1, 2, 3}
	return fmt.Sprint(s[x.i])
}

type Div struct{ d int }

func (x Div) String() string { return fmt.Sprint(10 / x.d) }

type Val struct{ n int }

// A value receiver called through a nil *Val panics; fmt prints <nil>.
func (v Val) String() string { return fmt.Sprint("val ", v.n) }

type Ptr struct{ n int }

func (p *Ptr) String() string { return fmt.Sprint("ptr ", p.n) }

type GoBoom struct{}

func (GoBoom) GoString() string { panic(42) }

type FmtBoom struct{}

func (FmtBoom) Format(f fmt.State, c rune) {
	f.Write([]byte("partial "))
	panic(fmt.Sprintf("format %c", c))
}

type Custom struct{ code int }

func (c Custom) String() string { panic(Code(c.code)) }

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	fmt.Println(Boom{"bang"})
	fmt.Printf("%s|%d|%5v|%-5x|\n", Boom{"s"}, Boom{"d"}, Boom{"w"}, Boom{"x"})
	fmt.Println([]any{Boom{"in slice"}, 1}, struct{ B Boom }{Boom{"in struct"}})
	fmt.Println(ErrBoom{})
	fmt.Println(Index{5}, Index{1})
	fmt.Println(Div{0}, Div{5})
	var v *Val
	var p *Ptr
	fmt.Println(v, p, []*Val{nil}, []*Ptr{nil})
	fmt.Printf("%v %s %d\n", v, p, v)
	fmt.Printf("%#v %v\n", GoBoom{}, GoBoom{})
	fmt.Printf("%v|%x\n", FmtBoom{}, FmtBoom{})
	fmt.Println(Custom{7})
	fmt.Println(fmt.Sprint(Boom{"sprint"}) + "!")
	fmt.Println("after")
}
