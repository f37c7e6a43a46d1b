package main

type Celsius float64
type Mode uint8

const Boiling Celsius = 100
const (
	Read Mode = 1 << iota
	Write
	Exec
)

const MaxU64 uint64 = 1<<64 - 1
const MinI64 int64 = -1 << 63
const MaxI8 int8 = 127

func main() {
	println(Boiling / 3)
	println(Read, Write, Exec, Read|Write|Exec)
	m := Read | Exec
	println(m&Write == 0, m&Exec != 0)
	println(MaxU64, MinI64, MaxI8)
	println(^uint32(0), ^int32(0))
	const shifted = uint16(1) << 15
	println(shifted)
	var t = 1.5
	println(t * 2)
	const bools = 3 > 2 && "a" < "b"
	println(bools)
	println(len("héllo"), len([3]int{}))
}
