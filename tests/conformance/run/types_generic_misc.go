package main

// Generic declarations Go accepts: inference through a named func type and through the core type
// of the caller's type parameter, blank receiver type parameters, a generic type as its own type
// argument inside its methods (with a package-level `any` of its own), named constraints,
// len and make with type-parameter operands.

type Func2[A1, A2, R any] func(a1 A1, a2 A2) R

func Apply2[A1, A2, R any](fn Func2[A1, A2, R], a A1, b A2) R { return fn(a, b) }

func SetEq[S []E, E comparable](x, y S) bool {
outer:
	for _, xe := range x {
		for _, ye := range y {
			if xe == ye {
				continue outer
			}
		}
		return false
	}
	return true
}

type ss[E comparable, T []E] []T

func (ss[E, T]) Equal(a, b T) bool { return SetEq(a, b) }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p *Pair[_, _]) Swap() string { return "swapped" }

type any interface{}

type Function[a, b any] interface {
	Apply(x a) b
}

type Nil[a any] struct{}

func (xs Nil[a]) Match(f Function[Nil[a], any]) any { return f.Apply(xs) }

type count[a any] struct{ n int }

func (c count[a]) Apply(Nil[a]) any { return c.n }

type C comparable

type value[T C] struct{ val T }

func (v value[T]) is(t T) bool { return v.val == t }

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

func sum[T Integer](n T) T {
	list := make([]T, n)
	var s T
	for i := range list {
		list[i] = T(i + 1)
		s += list[i]
	}
	return s
}

func size[T interface{ ~[]int | ~[4]int | ~string }](t T) int { return len(t) }

func shift(x int) int { return 1 << (1 << (1 << uint(x))) }

func main() {
	println(Apply2(func(a int, b int) int { return a*10 + b }, 4, 2))
	println(ss[int, []int]{}.Equal([]int{1, 2}, []int{2, 1}), ss[int, []int]{}.Equal([]int{3}, nil))
	println((&Pair[string, int]{"a", 1}).Swap())
	println(Nil[int]{}.Match(count[int]{5}).(int))
	println(value[string]{"x"}.is("x"), value[int]{1}.is(2))
	println(sum(4), sum(int8(5)))
	println(size([]int{1, 2}), size([4]int{}), size("hello"))
	println(shift(2))
}
