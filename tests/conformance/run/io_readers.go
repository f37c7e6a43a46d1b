package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type slowReader struct {
	data string
	pos  int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.pos >= len(r.data) {
		return 0, io.EOF
	}
	n := copy(p[:1], r.data[r.pos:])
	r.pos += n
	return n, nil
}

func main() {
	b, err := io.ReadAll(&slowReader{data: strings.Repeat("ab", 600)})
	fmt.Println(len(b), err, string(b[:6]))
	buf := make([]byte, 4)
	n, err := io.ReadFull(&slowReader{data: "xyz"}, buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(&slowReader{data: ""}, buf)
	fmt.Println(n, err == io.EOF)
	var sb strings.Builder
	w, err := io.Copy(&sb, &slowReader{data: "copied"})
	fmt.Println(w, err, sb.String())
	w, err = io.Copy(os.Stdout, &slowReader{data: "to stdout\n"})
	fmt.Println(w, err)
}
