package main

import (
	"fmt"
	"math"
)

type Celsius int
type Flags uint8

func main() {
	verbs := []string{"%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%-05d|", "%.3d", "%8.3d", "%08.3d", "%.0d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%v", "%#v", "%+v", "%+x", "% x", "%#08x"}
	values := []any{0, 7, -7, 255, -255, 123456789}
	for _, v := range verbs {
		fmt.Printf("%-8q", v)
		for _, x := range values {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}

	// Every integer type, with its limits.
	fmt.Println(int8(math.MinInt8), int8(math.MaxInt8), int16(math.MinInt16), int16(math.MaxInt16))
	fmt.Println(int32(math.MinInt32), int32(math.MaxInt32), int64(math.MinInt64), int64(math.MaxInt64))
	fmt.Println(uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64), uint(math.MaxUint64), uintptr(1234))
	fmt.Printf("%x %X %o %b\n", int64(math.MinInt64), uint64(math.MaxUint64), int64(math.MinInt64), int64(math.MinInt64))
	fmt.Printf("%#b|%#o|%#x|%O\n", int64(math.MinInt64), int64(math.MinInt64), int64(math.MinInt64), int64(math.MinInt64))
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", uint8(200), uint16(300), uint32(70000), uint64(1<<40), uint(9), uintptr(16))
	fmt.Printf("%#v %#v %#v %#v %#v\n", int8(-5), int16(-300), int32(7), int64(-1<<40), -3)
	fmt.Printf("%d %v %x %#v %T\n", Celsius(-40), Celsius(100), Celsius(255), Celsius(3), Celsius(0))
	fmt.Printf("%d %v %08b %#v %T\n", Flags(5), Flags(6), Flags(7), Flags(8), Flags(0))

	// Characters and code points.
	fmt.Printf("%c|%c|%c|%c|%c|%5c|%-5c|\n", 'A', 'é', 0x1F600, -1, 0x110000, 'x', 'y')
	fmt.Printf("%q|%q|%q|%q|%q|%+q|%#q|%#q|%#+q\n", 'A', '\n', '\'', 0x7F, 'é', 'é', 'é', '\t', '☺')
	fmt.Printf("%U|%#U|%#U|%#U|%.2U|%.6U|%10U|%-10U|%#14U|\n", 'A', 'A', '\n', 0x1F600, 'A', 'A', 'A', 'A', '⌘')
	fmt.Printf("%U|%#U\n", -1, uint64(math.MaxUint64))
	fmt.Printf("%c %q %U\n", byte('z'), uint16(0x263A), int8(65))

	// Width and precision combinations with signs.
	fmt.Printf("[%+05d] [% 05d] [%+.3d] [% .3d] [%+8.3d] [%-+8.3d] [%+x] [% X]\n", 42, 42, 42, 42, -42, 42, -255, 255)
	fmt.Printf("[%.0d] [%5.0d] [%-5.0d] [%.0x] [%#.0x] [%#.3o] [%#5o]\n", 0, 0, 0, 0, 0, 8, 0)
	fmt.Printf("[%#b] [%#o] [%#O] [%#x] [%#X]\n", 0, 0, 0, 0, 0)
	fmt.Printf("[%20d] [%-20d] [%020d] [%.20d]\n", int64(math.MinInt64), int64(math.MaxInt64), -1, 1)
	fmt.Printf("[%x] [%X] [% x] [%#x]\n", -1, int8(-128), int16(-1), uint8(255))
	fmt.Printf("[%100d]\n", 1)
	fmt.Printf("[%.70d]\n", -5)
}
