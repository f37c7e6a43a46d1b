package main

type Setter[T any] interface {
	*T
	Set(string)
}

type Config struct{ val string }

func (c *Config) Set(s string) { c.val = "config:" + s }

type Label struct {
	text string
	n    int
}

func (l *Label) Set(s string) {
	l.text = s
	l.n++
}

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		PT(&out[i]).Set(s)
	}
	return out
}

func SetTwice[T any, PT interface {
	*T
	Set(string)
}](v *T, a, b string) {
	p := PT(v)
	p.Set(a)
	p.Set(b)
}

type Resetter interface {
	Reset()
}

type Count struct{ n int }

func (c *Count) Reset() { c.n = 0 }

func ResetAll[T Resetter](xs []T) {
	for _, x := range xs {
		x.Reset()
	}
}

func main() {
	cs := FromStrings[Config]([]string{"a", "b"})
	println(len(cs), cs[0].val, cs[1].val)
	ls := FromStrings[Label]([]string{"x"})
	println(ls[0].text, ls[0].n)

	var l Label
	SetTwice(&l, "first", "second")
	println(l.text, l.n)
	var c Config
	SetTwice[Config](&c, "p", "q")
	println(c.val)

	a, b := &Count{5}, &Count{7}
	ResetAll([]*Count{a, b})
	println(a.n, b.n)
}
