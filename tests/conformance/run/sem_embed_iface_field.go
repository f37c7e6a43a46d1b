package main

type Writer interface {
	Write(s string) int
	Flush() string
}

type buf struct{ data string }

func (b *buf) Write(s string) int { b.data += s; return len(s) }
func (b *buf) Flush() string {
	d := b.data
	b.data = ""
	return d
}

// counting wraps a Writer and overrides only Write.
type counting struct {
	Writer
	n int
}

func (c *counting) Write(s string) int {
	c.n += len(s)
	return c.Writer.Write(s)
}

// upper embeds the interface by value and overrides Flush.
type upper struct{ Writer }

func (u upper) Flush() string {
	s := u.Writer.Flush()
	out := ""
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch >= 'a' && ch <= 'z' {
			ch -= 32
		}
		out += string(rune(ch))
	}
	return out
}

func emit(w Writer, parts ...string) string {
	for _, p := range parts {
		w.Write(p)
	}
	return w.Flush()
}

func main() {
	b := &buf{}
	c := &counting{Writer: b}
	println(emit(c, "ab", "cde"), c.n)
	u := upper{c}
	println(emit(u, "xy", "z"), c.n)
	var w Writer = u
	w.Write("hello")
	println(b.data)
	println(w.Flush())
	println(b.data == "")
	u.Writer = b
	println(emit(u, "q"), c.n)
	nested := upper{upper{b}}
	println(emit(nested, "m"))
	var nilEmb counting
	println(nilEmb.Writer == nil)
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	nilEmb.Write("boom")
}
