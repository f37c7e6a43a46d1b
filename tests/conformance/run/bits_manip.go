package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func rotl32(x uint32, k uint) uint32 { return x<<(k&31) | x>>((32-k)&31) }

func lowestBit(x int64) int64 { return x & -x }

func main() {
	a, b := uint16(0b1100_1010_0101_0011), uint16(0xF0F0)
	println(a&b, a|b, a^b, a&^b, ^a)
	println(a<<3, a>>5, b<<12, int16(a)>>4)
	println(popcount(0), popcount(255), popcount(1<<63|1), popcount(^uint64(0)))
	println(reverse8(1), reverse8(0b1011_0000), reverse8(0xff))
	println(rotl32(0x80000001, 1), rotl32(0x12345678, 8), rotl32(1, 0), rotl32(1, 32))
	println(lowestBit(12), lowestBit(-8), lowestBit(1<<40))
	var flags uint8
	const (
		Read uint8 = 1 << iota
		Write
		Exec
	)
	flags |= Read | Exec
	println(flags, flags&Write != 0, flags&Exec != 0)
	flags &^= Read
	flags ^= Write
	println(flags)
	x := -1
	println(x>>10, uint32(x)>>28, int8(-128)>>7, uint8(200)>>1)
	n := 37
	isPow2 := func(v int) bool { return v > 0 && v&(v-1) == 0 }
	println(isPow2(64), isPow2(n), isPow2(0), n&^7, n%8 == n&7)
}
