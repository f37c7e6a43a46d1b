package main

type Stats struct {
	add   func(float64)
	mean  func() float64
	count func() int
}

func newStats() Stats {
	sum := 0.0
	n := 0
	return Stats{
		add:   func(x float64) { sum += x; n++ },
		mean:  func() float64 { return sum / float64(n) },
		count: func() int { return n },
	}
}

func makeAccumulators(k int) []func(int) int {
	accs := make([]func(int) int, 0, k)
	for i := 0; i < k; i++ {
		total := i * 100
		accs = append(accs, func(x int) int {
			total += x
			return total
		})
	}
	return accs
}

func main() {
	s := newStats()
	for _, x := range []float64{2, 4, 9} {
		s.add(x)
	}
	println(s.count(), s.mean())
	accs := makeAccumulators(3)
	for round := 1; round <= 2; round++ {
		for _, a := range accs {
			print(a(round), " ")
		}
		println()
	}
	maxSeen := func() func(int) int {
		best := -1 << 63
		return func(v int) int {
			if v > best {
				best = v
			}
			return best
		}
	}()
	for _, v := range []int{3, -2, 8, 5, 11, 0} {
		print(maxSeen(v), " ")
	}
	println()
}
