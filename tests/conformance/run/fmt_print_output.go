package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Label string

type Counter struct {
	writes int
	sb     strings.Builder
}

func (c *Counter) Write(p []byte) (int, error) {
	c.writes++
	c.sb.Write(p)
	return len(p), nil
}

type Failing struct{}

func (Failing) Write(p []byte) (int, error) { return 1, errors.New("disk full") }

type OnlyString struct{ got []string }

func (o *OnlyString) Write(p []byte) (int, error) {
	o.got = append(o.got, "W:"+string(p))
	return len(p), nil
}

func (o *OnlyString) WriteString(s string) (int, error) {
	o.got = append(o.got, "S:"+s)
	return len(s), nil
}

func main() {
	// Sprint adds spaces between operands when neither is a string.
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3, "d"))
	fmt.Println(fmt.Sprint(1, 2, 3), fmt.Sprint("x", 1, "y"), fmt.Sprint(1.5, true, nil, 'x'))
	fmt.Println(fmt.Sprint(Label("l"), 1, Label("m"), 2, 3), fmt.Sprint([]int{1}, []int{2}), fmt.Sprint(errors.New("e"), errors.New("f")))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil, nil), fmt.Sprint("", ""), fmt.Sprint(1, "", 2))
	fmt.Printf("%q %q %q\n", fmt.Sprintln(), fmt.Sprintln("a", "b", 1), fmt.Sprintln(1, 2))
	fmt.Print("no newline ", 1, 2, "\n")
	fmt.Print()
	fmt.Println()
	fmt.Println(nil, "x", 1)

	// Return values: byte counts.
	n, err := fmt.Println("héllo")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d-%s\n", 12, "ab")
	fmt.Println(n, err)
	n, err = fmt.Print("xyz\n")
	fmt.Println(n, err)

	// Writing to io.Writers: one Write per call.
	c := &Counter{}
	fmt.Fprint(c, "a", 1, 2)
	fmt.Fprintf(c, "[%05.1f]", 3.14159)
	fmt.Fprintln(c, "end", true)
	fmt.Println(c.writes, c.sb.String())
	n, err = fmt.Fprintf(Failing{}, "hello %d", 1)
	fmt.Println(n, err)
	o := &OnlyString{}
	io.WriteString(o, "via WriteString")
	fmt.Fprint(o, "via Write")
	io.WriteString(struct{ io.Writer }{o}, "wrapped")
	fmt.Println(o.got)
	n, err = fmt.Fprintln(io.Discard, "gone")
	fmt.Println(n, err)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s=%d;", "k", 1)
	fmt.Fprint(&sb, "x", 2)
	fmt.Println(sb.String())

	// Append forms.
	b := []byte("start:")
	b = fmt.Append(b, 1, 2, "s")
	b = fmt.Appendf(b, "|%x|", 255)
	b = fmt.Appendln(b, "end")
	fmt.Printf("%q\n", b)

	// Standard streams: stderr output keeps its order with println.
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s\n", "stdout again")
	println("println first")
	fmt.Fprintln(os.Stderr, "stderr second")
	print("print third ")
	fmt.Fprint(os.Stderr, "stderr fourth\n")
	os.Stderr.WriteString("direct fifth\n")
	os.Stdout.Write([]byte("direct stdout\n"))
	n, err = os.Stdout.WriteString("")
	fmt.Println(n, err, os.Stdout.Name(), os.Stderr.Name(), len(os.Args) > 0)
	fmt.Printf("%T %T %T\n", os.Stdout, io.EOF, io.Discard)
	var w io.Writer = os.Stderr
	fmt.Fprintf(w, "%v %v\n", io.EOF, io.ErrUnexpectedEOF)
}
