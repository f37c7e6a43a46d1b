package main

type Named interface{ Name() string }
type Sized interface{ Size() int }
type NamedSized interface {
	Named
	Sized
}

type File struct {
	n string
	s int
}

func (f File) Name() string { return f.n }
func (f File) Size() int    { return f.s }

type Dir struct{ n string }

func (d *Dir) Name() string { return d.n + "/" }

type Blob []byte

func (b Blob) Size() int { return len(b) }

var calls int

func next(xs []any) any {
	v := xs[calls%len(xs)]
	calls++
	return v
}

func classifyA(x any) string {
	switch v := x.(type) {
	case NamedSized:
		return "both " + v.Name()
	case Named:
		return "named " + v.Name()
	case Sized:
		if v.Size() > 2 {
			return "big sized"
		}
		return "sized"
	}
	return "none"
}

func classifyB(x any) string {
	switch v := x.(type) {
	case Named:
		return "named-first " + v.Name()
	case NamedSized:
		return "unreachable"
	case File:
		return "file (unreachable)"
	default:
		return "other"
	}
}

func main() {
	xs := []any{File{"a", 1}, &Dir{"d"}, Blob("xyz"), Blob("x"), Dir{"v"}, &File{"pf", 9}, 42}
	for _, x := range xs {
		println(classifyA(x), "|", classifyB(x))
	}
	for i := 0; i < 3; i++ {
		switch v := next(xs).(type) {
		case File, *Dir:
			println("file or dir", v.(Named).Name())
		default:
			println("default")
		}
	}
	println("calls", calls)
	switch y := 5; v := any(y * 2).(type) {
	case int:
		println("init stmt", v+y)
	}
}
