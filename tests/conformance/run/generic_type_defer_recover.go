package main

// defer/recover inside methods of generic types: converting panics to results, restoring state.

type SafeDiv[T ~int | ~int64] struct {
	failures int
}

func (s *SafeDiv[T]) Div(a, b T) (q T, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			s.failures++
			var zero T
			q, ok = zero, false
		}
	}()
	return a / b, true
}

type Tx[T any] struct {
	val  T
	logs []string
}

func (t *Tx[T]) Update(f func(T) T) (err string) {
	old := t.val
	defer func() {
		if r := recover(); r != nil {
			t.val = old
			err = r.(string)
			t.logs = append(t.logs, "rollback")
		} else {
			t.logs = append(t.logs, "commit")
		}
	}()
	t.val = f(t.val)
	if any(t.val) == any(old) {
		panic("no change")
	}
	return ""
}

func main() {
	var d SafeDiv[int]
	q, ok := d.Div(7, 2)
	println(q, ok)
	q, ok = d.Div(1, 0)
	println(q, ok, d.failures)
	var d64 SafeDiv[int64]
	q64, ok := d64.Div(-9, 3)
	println(q64, ok, d64.failures)

	tx := &Tx[int]{val: 1}
	println(tx.Update(func(v int) int { return v + 1 }), tx.val)
	println(tx.Update(func(v int) int { return v }), tx.val)
	println(tx.Update(func(v int) int {
		if v == 2 {
			panic("bad value")
		}
		return v
	}), tx.val)
	for _, l := range tx.logs {
		print(l, " ")
	}
	println()

	ts := Tx[string]{val: "a"}
	println(ts.Update(func(s string) string { return s + "b" }) == "", ts.val, len(ts.logs))
}
