package main

type Valuer interface{ Value() int }

type Num int

func (n Num) Value() int { return int(n) }

type Pair struct{ a, b int }

func (p Pair) Value() int { return p.a + p.b }

type Box struct{ v Valuer }

func sum(vs ...Valuer) int {
	t := 0
	for _, v := range vs {
		t += v.Value()
	}
	return t
}

func main() {
	vs := []Valuer{Num(1), Pair{2, 3}, Num(4)}
	println(sum(vs...))
	p := Pair{10, 20}
	var v Valuer = p
	p.a = 0
	println(v.Value(), p.Value())
	m := map[string]Valuer{"n": Num(7)}
	println(m["n"].Value())
	b := Box{Pair{1, 1}}
	println(b.v.Value())
	arr := [2]Valuer{Num(5), Num(6)}
	println(arr[0].Value() + arr[1].Value())
	var any1 any = v
	println(any1.(Valuer).Value())
}
