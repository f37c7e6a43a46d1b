package main

func Counter[T ~int | ~float64](start, step T) func() T {
	cur := start
	return func() T {
		v := cur
		cur += step
		return v
	}
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	get := func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}
	return get, func() int { return calls }
}

func Const[T any](v T) func() T {
	return func() T { return v }
}

func Accum[T any]() (func(T), func() []T) {
	var items []T
	return func(x T) { items = append(items, x) }, func() []T { return items }
}

func main() {
	c := Counter(10, 5)
	println(c(), c(), c())
	f := Counter(0.5, 0.25)
	f()
	println(f(), f())
	c2 := Counter(10, 5)
	println(c2(), c())

	sq, calls := Memo(func(n int) int { return n * n })
	println(sq(4), sq(4), sq(5), calls())
	up, upCalls := Memo(func(s string) string { return s + "!" })
	println(up("a"), up("b"), up("a"), upCalls())

	k := Const("fixed")
	kk := Const(3.5)
	println(k(), kk())

	add, all := Accum[string]()
	add("x")
	add("y")
	items := all()
	println(len(items), items[0], items[1])
	addN, allN := Accum[int]()
	for i := 0; i < 5; i++ {
		addN(i * i)
	}
	println(len(allN()), allN()[4])
}
