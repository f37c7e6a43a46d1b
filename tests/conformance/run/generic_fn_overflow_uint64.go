package main

type Unsigned interface {
	~uint | ~uint16 | ~uint32 | ~uint64
}

func Sub[T Unsigned](a, b T) T { return a - b }

func Mul[T Unsigned](a, b T) T { return a * b }

func Max[T Unsigned]() T {
	var z T
	return z - 1
}

func Half[T Unsigned](x T) T { return x / 2 }

func Hash[T Unsigned](data []T, seed, mul T) T {
	h := seed
	for _, b := range data {
		h ^= b
		h *= mul
	}
	return h
}

func Pow2[T Unsigned](x T, n int) T {
	for i := 0; i < n; i++ {
		x *= x
	}
	return x
}

func Cmp[T Unsigned](a, b T) bool { return a > b }

func main() {
	println(Sub(uint64(0), 1), Sub(uint32(0), 1), Sub(uint16(5), 10))
	println(Max[uint64](), Max[uint32](), Max[uint16](), Max[uint]())
	println(Half(Max[uint64]()), Half(Max[uint32]()))
	println(Mul(uint64(1<<32), 1<<32), Mul(uint64(0xFFFFFFFFFFFFFFFF), 3))
	println(Mul(uint32(0x10000), 0x10000), Mul(uint16(300), 300))
	println(Hash([]uint64{'a', 'b', 'c'}, 14695981039346656037, 1099511628211))
	println(Hash([]uint32{'a', 'b', 'c'}, 2166136261, 16777619))
	println(Pow2(uint64(3), 6), Pow2(uint32(3), 6), Pow2(uint16(7), 3))
	println(Cmp(Max[uint64](), 1), Cmp(uint64(1<<63), 1<<63-1), Cmp(Sub(uint32(0), 1), 0))
	println(Max[uint64]()/3, Max[uint64]()%10)
}
