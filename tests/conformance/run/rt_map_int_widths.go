package main

func main() {
	m8 := map[int8]int{}
	for i := -128; i <= 127; i++ {
		m8[int8(i)] = i
	}
	println(len(m8), m8[-128], m8[127], m8[0])
	var x8 int8 = 127
	x8++
	println(m8[x8], x8)

	mu8 := map[uint8]string{0: "zero", 255: "max"}
	var u8 uint8
	u8--
	println(mu8[u8], mu8[u8+1])

	m16 := map[int16]int{-32768: 1, 32767: 2}
	mu16 := map[uint16]int{65535: 3}
	var u16 uint16 = 65535
	println(m16[-32768], m16[32767], mu16[u16], mu16[u16+1])

	m32 := map[int32]int{}
	mu32 := map[uint32]int{}
	var lo32 int32 = -2147483648
	m32[lo32] = 1
	m32[lo32-1] = 2
	mu32[4294967295] = 3
	mu32[0] = 4
	println(len(m32), m32[-2147483648], m32[2147483647], mu32[4294967295], mu32[0])

	m64 := map[int64]int{}
	mu64 := map[uint64]int{}
	var lo64 int64 = -9223372036854775808
	m64[lo64] = 1
	m64[lo64-1] = 2
	m64[0] = 3
	mu64[18446744073709551615] = 4
	mu64[1<<63] = 5
	println(len(m64), m64[-9223372036854775808], m64[9223372036854775807], m64[0])
	println(len(mu64), mu64[1<<64-1], mu64[1<<63], mu64[1<<62])

	// keys that share low bits must stay distinct
	wide := map[uint64]int{}
	for i := uint64(0); i < 64; i++ {
		wide[uint64(1)<<i] = int(i)
		wide[uint64(1)<<i|1] = int(i) + 100
	}
	sum := 0
	for k, v := range wide {
		if k&1 == 1 && k != 1 {
			sum += v
		}
	}
	println(len(wide), wide[1<<40], wide[1<<40|1], sum)

	mp := map[uintptr]int{0: 1, ^uintptr(0): 2}
	mi := map[int]int{-1: 1, 1: 2}
	mu := map[uint]int{^uint(0): 3}
	println(mp[0], mp[^uintptr(0)], mi[-1], mi[1], mu[^uint(0)])
}
