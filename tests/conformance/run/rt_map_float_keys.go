package main

func main() {
	m := map[float64]string{}
	zero := 0.0
	negZero := -zero
	m[zero] = "pos"
	m[negZero] = "neg"
	println(len(m), m[0], m[negZero])
	println(1/negZero < 0)
	for k := range m {
		println("stored key is +0:", 1/k > 0)
	}

	nan := zero / zero
	m[nan] = "a"
	m[nan] = "b"
	m[nan] = "c"
	v, ok := m[nan]
	println(len(m), v == "", ok)
	delete(m, nan)
	println(len(m))
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
			if v == "" {
				println("empty")
			}
		}
	}
	println("nan keys:", nans)
	delete(m, 0)
	println(len(m))

	inf := 1 / zero
	m[inf] = "inf"
	m[-inf] = "-inf"
	println(m[inf], m[-inf], len(m))

	f32 := map[float32]int{}
	var z32 float32
	f32[z32] = 1
	f32[-z32] = 2
	f32[0.1] = 3
	println(len(f32), f32[0], f32[float32(0.1)])
	println(f32[float32(0.1+1e-9)])
	var n32 float32 = z32 / z32
	f32[n32]++
	f32[n32]++
	println(len(f32), f32[n32])

	counts := map[float64]int{}
	for i := 0; i < 10; i++ {
		counts[float64(i%3)/2]++
	}
	println(counts[0], counts[0.5], counts[1], len(counts))
	println(counts[1e-300] == 0, counts[0.1+0.4])
}
