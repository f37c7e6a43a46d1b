package main

// println of type-parameter values inside methods, and panicking with a value whose type is a
// named generic instance over a basic type (Go prints main.Label[int]("lbl")).

type ID[T any] int
type Label[T any] string

type Box[T any] struct{ v T }

func (b Box[T]) Dump() {
	println(b.v)
	print(b.v, "|", b.v, "\n")
}

func (b Box[T]) Fail() { panic(b.v) }

func try(f func()) {
	defer func() {
		r := recover()
		_, isID := r.(ID[bool])
		println("recovered:", r != nil, isID)
	}()
	f()
}

func main() {
	Box[int]{-3}.Dump()
	Box[float64]{2.5}.Dump()
	Box[bool]{true}.Dump()
	Box[string]{"s"}.Dump()
	Box[ID[bool]]{7}.Dump()
	Box[*int]{}.Dump()
	Box[uint8]{200}.Dump()
	Box[rune]{'A'}.Dump()
	try(Box[int]{1}.Fail)
	try(Box[ID[bool]]{2}.Fail)
	try(func() { Box[ID[string]]{3}.Fail() })
	Box[Label[int]]{"lbl"}.Fail()
}
