package main

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) {
	l.lines++
	println(l.prefix, l.lines, msg)
}

func (l Logger) Snapshot(msg string) {
	println("snapshot", l.prefix, l.lines, msg)
}

type File struct {
	name   string
	closed bool
}

func (f *File) Close() {
	f.closed = true
	println("closed", f.name)
}

func open(name string) *File {
	println("opened", name)
	return &File{name: name}
}

func work(l *Logger) {
	a := open("a.txt")
	defer a.Close()
	b := open("b.txt")
	defer b.Close()
	defer l.Log("work done")
	defer l.Snapshot("value receiver copied at defer")
	l.Log("working")
	l.prefix = "LOG"
}

func main() {
	l := &Logger{prefix: "log"}
	work(l)
	println("lines", l.lines, l.prefix)
	var v Logger
	v.prefix = "v"
	func() {
		defer v.Log("ptr method on addressable value")
		defer v.Snapshot("before change")
		v.lines = 41
	}()
	println("v.lines", v.lines)
}
