package main

import "fmt"

type Name string
type Blob []byte
type Digest [4]byte

func main() {
	verbs := []string{"%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "%#x", "% #X", "%8s", "%-8s|", "%08s", "%.2s", "%8.2s", "%-8.2q|", "%.1x", "%#v", "%10q"}
	values := []string{"", "go", "héllo", "a\tb\"c\n", "日本語", "`raw`", "\x00\x7f", "\u2028"}
	for _, v := range verbs {
		fmt.Printf("%-8q", v)
		for _, x := range values {
			fmt.Printf(" ["+v+"]", x)
		}
		fmt.Println()
	}

	// Invalid UTF-8 (only escaped: the host decodes output as UTF-8).
	fmt.Printf("%q|%+q|%#q|%x|% X|%.1q|%5.1x|\n", "\xff\xfeok", "\xff", "\xffa", "\xff\xfe", "\xff\xfe", "\xffé", "\xffé")

	// Byte slices and arrays.
	b := []byte("hi\x01é")
	fmt.Printf("%s|%q|%x|%X|% x|%#x|%v|%d|%#v\n", b, b, b, b, b, b, b, b, b)
	fmt.Printf("%8s|%-8s|%.2s|%.3x|%08q\n", b, b, b, b, b)
	var nb []byte
	fmt.Printf("%s|%q|%x|%v|%#v|%5x|\n", nb, nb, nb, nb, nb, nb)
	fmt.Printf("%s|%x|%v|%#v|%T\n", Blob("ab"), Blob("ab"), Blob("ab"), Blob("ab"), Blob(nil))
	d := Digest{0xde, 0xad, 0xbe, 0xef}
	fmt.Printf("%x|%X|%s|%q|%v|%#v|%T\n", d, d, Digest{'a', 'b', 'c', 'd'}, Digest{'a', 'b', 'c', 'd'}, d, d, d)
	fmt.Printf("%x|%v|%#v\n", [3]uint8{1, 2, 3}, [3]uint8{1, 2, 3}, [3]uint8{1, 2, 3})
	fmt.Printf("%x|%v\n", &d, &d)
	fmt.Printf("%s|%x|%q\n", []string{"a", "bc"}, []string{"a", "bc"}, []string{"a", "bc"})
	fmt.Printf("%d|%s\n", []string{"a"}, []int{1, 2})

	// Named strings.
	fmt.Printf("%s|%v|%q|%x|%#v|%T\n", Name("gopher"), Name("x"), Name("q"), Name("hex"), Name("n"), Name(""))

	// Width counts runes, not bytes.
	fmt.Printf("[%6s][%-6s][%.2s][%6.1s]\n", "日本語", "日本語", "日本語", "日本語")
	fmt.Printf("[%5t][%-7t][%t]\n", true, false, true)
	fmt.Printf("%q\n", "\a\b\f\r\v\\ \U0001F600 \u00ad \xe2\x82")
	fmt.Printf("%+q\n", "\a\b\f\r\v\\ \U0001F600 \u00ad \xe2\x82")
	fmt.Printf("%#q|%#q|%#+q\n", "tab\there", "new\nline", "é`")
}
