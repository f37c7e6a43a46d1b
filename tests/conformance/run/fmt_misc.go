package main

import (
	"fmt"
	"os"
)

type Celsius float64

func main() {
	type Local struct{ A int }
	type LocalS string
	fmt.Printf("%T %v %#v %T\n", Local{}, Local{1}, Local{2}, LocalS(""))
	fmt.Printf("%v %.1f %+.2e\n", Celsius(20.5), Celsius(1), Celsius(-3))
	var ip *int
	var up uintptr = 0x10
	fmt.Printf("%v %d %x %#v\n", ip, up, up, up)
	fmt.Printf("%s\n", struct{ B []byte }{[]byte("hi")})
	fmt.Printf("%x %q\n", struct{ B []byte }{[]byte("hi")}, struct{ S string }{"q"})
	fmt.Println(len(os.Args))
	fmt.Printf("%6.3v|%-8.2v|%.0v\n", 3.14159, 2.71828, 9.9)
	fmt.Printf("%v\n", [][]byte{[]byte("ab"), nil})
	fmt.Printf("%s %s\n", [][]byte{[]byte("ab"), nil}, [2][]byte{[]byte("x")})
	fmt.Printf("%08.3f|%-08.3f|%+08d|% 08d\n", -3.14159, 3.14159, 42, 42)
	fmt.Printf("%#.3x|%#.5X|%#10.4x\n", 1.0, 1.0, 255.0)
	fmt.Printf("%c|%-4c|%04c\n", 'A', 'B', 'C')
	fmt.Printf("%v %v\n", int32(-1), rune(65))
	fmt.Printf("%s|%v|%d\n", []rune("hé"), []rune("hé"), []rune("hé"))
	fmt.Printf("%q|%c|%U\n", []rune("hé"), []rune("hé"), []rune("hé"))
	fmt.Printf("%q\n", []int{65, 0x1F600})
	fmt.Printf("%t|%v\n", []bool{true, false}, map[bool][]bool{true: {false}})
	fmt.Printf("%5.1q|%-5q|%05q\n", "abc", 'x', "z")
}
