package main

type Expr interface {
	Eval(env map[string]int) int
	String() string
}

type Num int
type Var string
type Bin struct {
	op   byte
	l, r Expr
}
type Neg struct{ e Expr }

func (n Num) Eval(map[string]int) int     { return int(n) }
func (n Num) String() string              { return itoa(int(n)) }
func (v Var) Eval(env map[string]int) int { return env[string(v)] }
func (v Var) String() string              { return string(v) }
func (b *Bin) Eval(env map[string]int) int {
	l, r := b.l.Eval(env), b.r.Eval(env)
	switch b.op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	}
	return l / r
}
func (b *Bin) String() string             { return "(" + b.l.String() + string(rune(b.op)) + b.r.String() + ")" }
func (n Neg) Eval(env map[string]int) int { return -n.e.Eval(env) }
func (n Neg) String() string              { return "-" + n.e.String() }

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func simplify(e Expr) Expr {
	switch t := e.(type) {
	case *Bin:
		l, r := simplify(t.l), simplify(t.r)
		if ln, ok := l.(Num); ok {
			if rn, ok := r.(Num); ok {
				return Num((&Bin{t.op, ln, rn}).Eval(nil))
			}
		}
		return &Bin{t.op, l, r}
	case Neg:
		if n, ok := simplify(t.e).(Num); ok {
			return -n
		}
	}
	return e
}

func main() {
	e := &Bin{'+', Num(2), &Bin{'*', Var("x"), Neg{Num(3)}}}
	env := map[string]int{"x": 4}
	println(e.String(), "=", e.Eval(env))
	s := simplify(&Bin{'*', &Bin{'+', Num(1), Num(2)}, Neg{&Bin{'-', Num(7), Num(2)}}})
	println(s.String(), s.Eval(nil))
	s2 := simplify(&Bin{'+', Var("z"), &Bin{'/', Num(9), Num(3)}})
	println(s2.String())
	exprs := []Expr{Num(1), Var("x"), e, s, Neg{Var("x")}}
	total := 0
	for _, x := range exprs {
		total += x.Eval(env)
	}
	println(total)
}
