package main

type Item struct {
	Key   string
	Value int
}

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func insertionSort(items []Item) {
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && items[j].Key < items[j-1].Key; j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
}

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func matmul(a, b [][]float64) [][]float64 {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]float64, n)
	for i := range c {
		c[i] = make([]float64, p)
		for j := 0; j < p; j++ {
			var s float64
			for k := 0; k < m; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func crc32(data []byte) uint32 {
	var table [256]uint32
	for i := range table {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		table[i] = c
	}
	crc := ^uint32(0)
	for _, b := range data {
		crc = table[byte(crc)^b] ^ (crc >> 8)
	}
	return ^crc
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func fibMemo(n int, memo []int) int {
	if n < 2 {
		return n
	}
	if memo[n] != 0 {
		return memo[n]
	}
	memo[n] = fibMemo(n-1, memo) + fibMemo(n-2, memo)
	return memo[n]
}

func main() {
	seed := uint32(42)
	a := make([]int, 200)
	for i := range a {
		seed = seed*1664525 + 1013904223
		a[i] = int(seed % 1000)
	}
	quicksort(a)
	ok := true
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			ok = false
		}
	}
	println("sorted:", ok, a[0], a[100], a[199])
	items := []Item{{"pear", 3}, {"apple", 1}, {"fig", 7}, {"banana", 2}}
	insertionSort(items)
	for _, it := range items {
		print(it.Key, "=", it.Value, " ")
	}
	println()
	ps := sieve(100)
	println(len(ps), ps[len(ps)-1], binarySearch(ps, 50), binarySearch(ps, 97))
	m := matmul([][]float64{{1, 2}, {3, 4}}, [][]float64{{5, 6}, {7, 8}})
	println(m[0][0], m[0][1], m[1][0], m[1][1])
	println(crc32([]byte("The quick brown fox jumps over the lazy dog")))
	println(itoa(-12345) + "|" + itoa(0) + "|" + itoa(987654321))
	println(fibMemo(90, make([]int, 91)))
	var total float32
	for i := 1; i <= 10; i++ {
		total += 1 / float32(i)
	}
	println(total, float64(total) > 2.9)
}
