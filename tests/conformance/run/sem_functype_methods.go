package main

type Handler interface{ Handle(req string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(r string) string {
			return prefix + "(" + next.Handle(r) + ")"
		})
	}
}

type Pred func(int) bool

func (p Pred) And(q Pred) Pred { return func(n int) bool { return p(n) && q(n) } }
func (p Pred) Not() Pred       { return func(n int) bool { return !p(n) } }
func (p Pred) Count(xs []int) int {
	c := 0
	for _, x := range xs {
		if p(x) {
			c++
		}
	}
	return c
}

type echo struct{}

func (echo) Handle(r string) string { return "echo:" + r }

func main() {
	var h Handler = HandlerFunc(func(r string) string { return "hi " + r })
	println(h.Handle("bob"))
	hf := HandlerFunc(func(r string) string { return r + r })
	println(hf.Handle("ab"), hf("cd"))
	wrapped := logging("A")(logging("B")(h))
	println(wrapped.Handle("x"))
	chain := []Middleware{logging("1"), logging("2")}
	var cur Handler = echo{}
	for _, m := range chain {
		cur = m(cur)
	}
	println(cur.Handle("y"))
	_, isHF := cur.(HandlerFunc)
	_, isEcho := cur.(echo)
	println(isHF, isEcho)

	even := Pred(func(n int) bool { return n%2 == 0 })
	big := Pred(func(n int) bool { return n > 5 })
	xs := []int{1, 2, 3, 4, 6, 7, 8, 10}
	println(even.Count(xs), big.Count(xs), even.And(big).Count(xs), even.Not().And(big).Count(xs))
	count := even.And(big.Not()).Count
	println(count(xs))
	handle := hf.Handle
	println(handle("z"))
	var nilHF HandlerFunc
	println(nilHF == nil)
}
