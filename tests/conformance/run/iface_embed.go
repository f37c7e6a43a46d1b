package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct{ data string }

func (f *File) Read() string       { return f.data }
func (f *File) Write(s string) int { f.data += s; return len(s) }

func useReader(r Reader) string { return r.Read() }

func main() {
	f := &File{"init"}
	var rw ReadWriter = f
	println(rw.Write("+more"))
	println(rw.Read())
	var r Reader = rw
	println(useReader(r))
	w, ok := r.(Writer)
	println(ok, w.Write("!"))
	println(f.data)
	var rw2 ReadWriter
	rw2, ok = r.(ReadWriter)
	println(ok, rw2 == rw)
}
