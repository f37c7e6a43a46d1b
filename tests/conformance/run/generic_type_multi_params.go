package main

// Generic types with several type parameters: Triple[A,B,C], Either[L,R], and a Table[R,C,V].

type Triple[A, B, C any] struct {
	a A
	b B
	c C
}

func (t Triple[A, B, C]) Rotate() Triple[B, C, A] { return Triple[B, C, A]{t.b, t.c, t.a} }

type Either[L, R any] struct {
	left  L
	right R
	isR   bool
}

func Left[L, R any](l L) Either[L, R]  { return Either[L, R]{left: l} }
func Right[L, R any](r R) Either[L, R] { return Either[L, R]{right: r, isR: true} }

func (e Either[L, R]) Describe(fl func(L) string, fr func(R) string) string {
	if e.isR {
		return "R:" + fr(e.right)
	}
	return "L:" + fl(e.left)
}

type Table[R comparable, C comparable, V any] struct {
	cells map[R]map[C]V
}

func (t *Table[R, C, V]) Set(r R, c C, v V) {
	if t.cells == nil {
		t.cells = map[R]map[C]V{}
	}
	row := t.cells[r]
	if row == nil {
		row = map[C]V{}
		t.cells[r] = row
	}
	row[c] = v
}

func (t *Table[R, C, V]) Get(r R, c C) (v V, ok bool) {
	v, ok = t.cells[r][c]
	return
}

func main() {
	t := Triple[int, string, bool]{1, "two", true}
	r := t.Rotate()
	println(r.a, r.b, r.c)
	rr := r.Rotate().Rotate()
	println(rr.a, rr.b, rr.c)

	itos := func(i int) string { return string(rune('0' + i)) }
	id := func(s string) string { return s }
	es := []Either[int, string]{Left[int, string](4), Right[int]("err"), Left[int, string](7)}
	for _, e := range es {
		print(e.Describe(itos, id), " ")
	}
	println()

	var tb Table[string, int, float64]
	tb.Set("a", 1, 1.5)
	tb.Set("a", 2, 2.5)
	tb.Set("b", 1, -1)
	v, ok := tb.Get("a", 2)
	println(v == 2.5, ok)
	v, ok = tb.Get("c", 1)
	println(v == 0, ok)
	println(len(tb.cells), len(tb.cells["a"]))
}
