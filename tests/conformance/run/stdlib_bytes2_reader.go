package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	r := bytes.NewReader([]byte("héllo 世界"))
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 3)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	ch, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", ch, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune(), r.UnreadByte())
	for _, c := range [][2]int64{{0, 0}, {-2, 2}, {50, 0}, {-1, 0}, {1, 3}, {2, 1}} {
		pos, err := r.Seek(c[0], int(c[1]))
		n, rerr := r.Read(p)
		fmt.Println(pos, err, n, rerr, r.Len())
	}
	n, err = r.ReadAt(p, 11)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	r.Reset([]byte("reset"))
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
	_, err = r.ReadByte()
	fmt.Println(err)
}
