package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, 世界")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	ch, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", ch, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.Len())
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("end:", err, ch, size)
			break
		}
		fmt.Printf("%q/%d ", ch, size)
	}
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, err = r.ReadByte()
	fmt.Println(err)

	// Seek, including past the end and negative positions.
	for _, c := range [][2]int64{{0, 0}, {3, 0}, {2, 1}, {-1, 2}, {100, 0}, {-5, 0}, {0, 2}, {5, 7}} {
		pos, err := r.Seek(c[0], int(c[1]))
		n, rerr := r.Read(buf)
		fmt.Println(pos, err, n, rerr, r.Len())
	}
	r.Seek(100, 0)
	ch, size, err = r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadRune())

	// ReadAt does not move the offset.
	r.Reset("abcdef")
	n, err = r.ReadAt(buf, 4)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 10)
	fmt.Println(n, err)
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err, r.Len())

	// WriteTo.
	var sb strings.Builder
	r.ReadByte()
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String(), r.Len())
	m, err = r.WriteTo(&sb)
	fmt.Println(m, err)

	// Invalid UTF-8 and UnreadByte at start.
	r = strings.NewReader("\xffa")
	fmt.Println(r.UnreadByte())
	ch, size, err = r.ReadRune()
	fmt.Println(ch, size, err)
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Printf("%q %v\n", data, err)
	var empty strings.Reader
	fmt.Println(empty.Len(), empty.Size())
	_, err = empty.Read(buf)
	fmt.Println(err)
	n, err = strings.NewReader("x").Read(nil)
	fmt.Println(n, err)
}
