package main

import (
	"errors"
	"fmt"
	"strconv"
	"unsafe"
)

type T struct{ A int }
type I interface{ M() }
type Fn func(int) string
type Pair[K comparable, V any] struct {
	Key K
	Val V
}
type Box[T any] []T
type MyMap map[string]T

func (T) M() {}

func main() {
	values := []any{
		0, int8(0), int16(0), int32(0), 'r', int64(0), uint(0), uint8(0), byte(0), uint16(0), uint32(0), uint64(0), uintptr(0),
		0.5, float32(0.5), "s", true,
		T{}, &T{}, []T{}, []*T{}, [3]T{}, map[string]T{}, map[T][]*T{}, map[string]map[int]bool{},
		[]int{}, [2][3]int{}, [][]string{}, []any{}, []error{}, map[any]any{}, []byte{}, []rune{},
		func() {}, func(int) string { return "" }, func(a, b int, c ...string) (int, error) { return 0, nil }, Fn(nil),
		func(func(int) bool) []func() { return nil }, struct{}{}, struct{ X, y int }{}, &struct{ S string }{},
		struct {
			T
			P *T
		}{},
		Pair[string, int]{}, Pair[T, []int]{}, Box[int]{}, Box[Pair[int, bool]]{},
		errors.New("x"), fmt.Errorf("y"), fmt.Errorf("z %w", errors.New("w")), &strconv.NumError{},
		MyMap{}, unsafe.Pointer(nil), new(int), new(*string), new([]T), new(I), new(any), new(error),
		[]I{}, map[I]fmt.Stringer{}, []interface{ M() }{}, []interface {
			M()
			N() int
		}{},
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
	var i I = T{}
	var e error
	fmt.Printf("%T|%T|%10T|%-10T|%T\n", i, e, 1, "s", []any{nil, 1, "a"})
	fmt.Println(fmt.Sprintf("%v", []any{T{}, &T{A: 1}}[1]))
}
