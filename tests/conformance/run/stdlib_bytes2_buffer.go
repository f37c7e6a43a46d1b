package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("héllo\nworld\nlast")
	p := make([]byte, 3)
	n, err := buf.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], buf.Len())
	fmt.Println(buf.UnreadByte(), buf.UnreadByte())
	c, err := buf.ReadByte()
	fmt.Println(c, err)
	r, size, err := buf.ReadRune()
	fmt.Printf("%q %d %v\n", r, size, err)
	fmt.Println(buf.UnreadRune(), buf.UnreadRune())
	r, size, err = buf.ReadRune()
	fmt.Printf("%q %d %v\n", r, size, err)
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	fmt.Printf("%q\n", buf.Next(2))
	line, err = buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	n, err = buf.Read(p)
	fmt.Println(n, err, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err)
	_, _, err = buf.ReadRune()
	fmt.Println(err)
	fmt.Printf("%q\n", buf.Next(5))

	// ReadFrom / WriteTo.
	var b2 bytes.Buffer
	m, err := b2.ReadFrom(strings.NewReader(strings.Repeat("abc", 300)))
	fmt.Println(m, err, b2.Len())
	var sb strings.Builder
	m, err = b2.WriteTo(&sb)
	fmt.Println(m, err, sb.Len(), b2.Len())

	// Grow, Truncate, Reset, AvailableBuffer-free API, NewBuffer.
	b3 := bytes.NewBufferString("0123456789")
	b3.Truncate(4)
	fmt.Println(b3.String())
	b3.Grow(100)
	fmt.Println(b3.Cap() >= 104, b3.Len())
	b3.WriteRune('世')
	b3.WriteByte('!')
	fmt.Println(b3.String())
	b3.Reset()
	fmt.Println(b3.Len(), b3.String() == "")
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	b4 := bytes.NewBuffer([]byte("\xffz"))
	r, size, err = b4.ReadRune()
	fmt.Println(r, size, err)
	data, err := io.ReadAll(bytes.NewBufferString("everything"))
	fmt.Printf("%q %v\n", data, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	b3.Truncate(5)
}
