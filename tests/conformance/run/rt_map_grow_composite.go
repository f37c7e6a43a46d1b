package main

type P struct {
	X, Y int32
}

func main() {
	// grow a struct-keyed map far beyond its initial size
	m := make(map[P]int, 4)
	for x := int32(-50); x < 50; x++ {
		for y := int32(-30); y < 30; y++ {
			m[P{x, y}] = int(x*1000 + y)
		}
	}
	println(len(m), m[P{-50, -30}], m[P{49, 29}], m[P{0, 0}], m[P{50, 0}])

	// an int64 map with keys spread over the whole range
	big := map[int64]int{}
	var k int64 = 1
	for i := 0; i < 4000; i++ {
		k = k*6364136223846793005 + 1442695040888963407
		big[k] = i
	}
	println(len(big))
	var k2 int64 = 1
	misses := 0
	for i := 0; i < 4000; i++ {
		k2 = k2*6364136223846793005 + 1442695040888963407
		if big[k2] != i {
			misses++
		}
	}
	println(misses)

	// interleaved inserts and deletes keep len exact
	churn := map[int]bool{}
	for i := 0; i < 20000; i++ {
		churn[i] = true
		if i >= 100 {
			delete(churn, i-100)
		}
	}
	lo, hi := 1<<30, -1
	for key := range churn {
		if key < lo {
			lo = key
		}
		if key > hi {
			hi = key
		}
	}
	println(len(churn), lo, hi)

	// make with a size hint is still empty
	hinted := make(map[[2]uint8]int, 1000)
	println(len(hinted))
	for i := 0; i < 256; i++ {
		hinted[[2]uint8{uint8(i), uint8(255 - i)}]++
	}
	println(len(hinted), hinted[[2]uint8{10, 245}], hinted[[2]uint8{10, 10}])
}
