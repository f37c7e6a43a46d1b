package main

type Reader interface{ Read() string }

type Writer interface{ Write(s string) }

type ReadWriter interface {
	Reader
	Writer
}

type Doc struct{ text string }

func (d *Doc) Read() string { return d.text }

func main() {
	var r Reader = &Doc{"hello"}
	println(r.Read())
	_, ok := r.(ReadWriter)
	println(ok)
	rw := r.(ReadWriter)
	rw.Write("x")
}
