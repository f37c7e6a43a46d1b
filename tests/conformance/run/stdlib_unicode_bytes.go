package main

import (
	"bytes"
	"unicode"
)

func main() {
	for _, r := range "aZ9 _é¿Ωжß\t²€" {
		println(string(r), unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsControl(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)))
	}
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!"))
	println(b.String(), b.Len())
	b.Truncate(5)
	println(b.String())
	s := []byte("a,b,,c")
	parts := bytes.Split(s, []byte(","))
	println(len(parts), string(bytes.Join(parts, []byte("|"))), bytes.Contains(s, []byte("b,")), bytes.Index(s, []byte(",,")), bytes.LastIndex(s, []byte(",")))
	println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), string(bytes.ToUpper([]byte("abc"))), string(bytes.TrimSpace([]byte("  hi \n"))), bytes.TrimSpace([]byte("   ")) == nil)
	println(string(bytes.Repeat([]byte("ab"), 3)), bytes.Count([]byte("cheese"), []byte("e")), bytes.HasPrefix(s, []byte("a,")), string(bytes.TrimSuffix(s, []byte(",c"))), bytes.IndexByte(s, 'c'))
	nb := bytes.NewBufferString("xyz")
	println(nb.String(), string(bytes.NewBuffer([]byte("q")).Bytes()))
}
