package main

type Vec struct{ X, Y float64 }
type Cell struct {
	R, C int8
	On   bool
}

func Modify[T any](x T, f func(*T)) T {
	f(&x)
	return x
}

func SwapIn[T any](xs []T, i, j int) {
	xs[i], xs[j] = xs[j], xs[i]
}

func Dup[T any](x T) (T, T) { return x, x }

func ArrCopy[T any](a [2]T, v T) [2]T {
	a[0] = v
	return a
}

func Echo[T any](n int, x T) int {
	if n == 0 {
		return 0
	}
	return 1 + Echo[string](n-1, "s") + Echo[float64](0, 1)
}

func Defer[T any](x T, log *[]T) {
	defer push(log, x)
	x = *new(T)
	push(log, x)
}

func push[T any](log *[]T, v T) { *log = append(*log, v) }

func main() {
	v := Vec{1, 2}
	w := Modify(v, func(p *Vec) { p.X = 10 })
	println(v.X, w.X, w.Y)
	c := Cell{1, 2, true}
	c2 := Modify(c, func(p *Cell) { p.R += 127; p.On = !p.On })
	println(c.R, c.On, c2.R, c2.On, c == c2)
	cs := []Cell{{1, 1, false}, {2, 2, true}}
	SwapIn(cs, 0, 1)
	println(cs[0].R, cs[1].On)
	a, b := Dup(Vec{3, 4})
	a.X = 0
	println(a.X, b.X)
	arr := [2]Vec{{1, 1}, {2, 2}}
	arr2 := ArrCopy(arr, Vec{9, 9})
	println(arr[0].X, arr2[0].X, arr2[1].Y)
	println(Echo(3, 1.5), Echo[Vec](1, Vec{}))
	var log []Cell
	Defer(Cell{5, 5, true}, &log)
	println(len(log), log[0].R, log[1].R, log[1].On)
	f := Modify[Vec]
	println(f(Vec{}, func(p *Vec) { p.Y = -1 }).Y)
	var i interface{} = Modify(Cell{1, 1, true}, func(*Cell) {})
	println(i.(Cell).On, i == interface{}(Cell{1, 1, true}))
}
