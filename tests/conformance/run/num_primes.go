package main

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

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for d := uint64(2); d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func factor(n int) []int {
	var fs []int
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			fs = append(fs, d)
			n /= d
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	ps := sieve(100)
	println(len(ps), ps[0], ps[len(ps)-1])
	for _, p := range ps[:10] {
		print(p, " ")
	}
	println()
	println(len(sieve(10000)))
	println(isPrime(1000000007), isPrime(1000000008), isPrime(2147483647), isPrime(1))
	for _, n := range []int{360, 97, 1001, 1 << 20, 999999} {
		print(n, ":")
		for _, f := range factor(n) {
			print(" ", f)
		}
		println()
	}
}
