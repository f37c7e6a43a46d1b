package main

type S struct {
	a int
	b string
	f float64
}

type Arr [3]int

type P struct{ p *int }

type Inner struct{ s string }
type Outer struct {
	in Inner
	n  [2]Inner
}

func eq(x, y any) bool { return x == y }

func main() {
	println(eq(S{1, "x", 2.5}, S{1, "x", 2.5}), eq(S{1, "x", 2.5}, S{1, "y", 2.5}))
	println(eq(Arr{1, 2, 3}, Arr{1, 2, 3}), eq(Arr{1, 2, 3}, [3]int{1, 2, 3}))
	println(eq([3]int{1, 2, 3}, [3]int{1, 2, 3}), eq([2]int{1, 2}, [3]int{1, 2, 0}))
	x, y := 1, 1
	println(eq(&x, &x), eq(&x, &y), eq(P{&x}, P{&x}), eq(P{&x}, P{&y}))
	println(eq("ab"+"c", "abc"), eq("abc", "abd"), eq("", ""))
	s1 := "hel"
	s2 := s1 + "lo"
	println(eq(s2, "hello"))
	println(eq(Outer{Inner{"a"}, [2]Inner{{"b"}, {"c"}}}, Outer{Inner{"a"}, [2]Inner{{"b"}, {"c"}}}))
	println(eq(Outer{Inner{"a"}, [2]Inner{{"b"}, {"c"}}}, Outer{Inner{"a"}, [2]Inner{{"b"}, {"x"}}}))
	println(eq(int32(5), int64(5)), eq(uint8(5), byte(5)), eq(rune(65), int32(65)))
	println(eq(true, true), eq(true, false), eq(nil, nil))
	var pn *int
	println(eq(pn, nil), eq(pn, (*int)(nil)), eq(pn, (*float64)(nil)))
	type Local int
	println(eq(Local(1), 1), eq(Local(1), Local(1)))
	var i any = S{f: 1}
	var j any = S{f: 1}
	println(i == j, i != j)
	println(i == S{f: 1}, S{f: 2} != i)
	arr := [2]any{S{}, Arr{}}
	arr2 := [2]any{S{}, Arr{}}
	println(arr == arr2)
	arr2[1] = [3]int{}
	println(arr == arr2)
	st1 := struct{ v any }{1.5}
	st2 := struct{ v any }{1.5}
	println(st1 == st2)
	st2.v = float32(1.5)
	println(st1 == st2)
}
