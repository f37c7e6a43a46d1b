package main

// The demo's workload: compiled in the browser when the page loads, then run either on the main
// thread or on a WorkerPool. Edit it and press Recompile.

// Mandelbrot renders a w×h tile of the Mandelbrot set as RGBA pixels: (x0, y0) is the tile's
// top-left corner in the complex plane and step the distance between pixels.
//
//export Mandelbrot
func Mandelbrot(w, h int32, x0, y0, step float64, maxIter int32) []byte {
	pix := make([]byte, 4*int(w)*int(h))
	i := 0
	for py := int32(0); py < h; py++ {
		ci := y0 + float64(py)*step
		for px := int32(0); px < w; px++ {
			cr := x0 + float64(px)*step
			zr, zi := 0.0, 0.0
			n := int32(0)
			for ; n < maxIter && zr*zr+zi*zi <= 4; n++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			r, g, b := palette(n, maxIter)
			pix[i], pix[i+1], pix[i+2], pix[i+3] = r, g, b, 255
			i += 4
		}
	}
	return pix
}

func palette(n, maxIter int32) (byte, byte, byte) {
	if n == maxIter {
		return 8, 10, 24
	}
	t := float64(n) / float64(maxIter)
	return byte(9 * (1 - t) * t * t * t * 255), byte(15 * (1 - t) * (1 - t) * t * t * 255), byte(8.5 * (1 - t) * (1 - t) * (1 - t) * t * 255)
}

// Ordered is what Sort can sort.
type Ordered interface {
	~int | ~int32 | ~int64 | ~float64 | ~string
}

// Sort sorts xs in place (quicksort, insertion sort for short runs): one generic function,
// compiled once per element type the program uses.
func Sort[T Ordered](xs []T) {
	for len(xs) > 12 {
		p := xs[len(xs)/2]
		i, j := 0, len(xs)-1
		for i <= j {
			for xs[i] < p {
				i++
			}
			for xs[j] > p {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		if j < len(xs)-1-i {
			Sort(xs[:j+1])
			xs = xs[i:]
		} else {
			Sort(xs[i:])
			xs = xs[:j+1]
		}
	}
	for i := 1; i < len(xs); i++ {
		for k := i; k > 0 && xs[k] < xs[k-1]; k-- {
			xs[k], xs[k-1] = xs[k-1], xs[k]
		}
	}
}

// SortRandom sorts n pseudo-random numbers and returns a checksum of the sorted order.
//
//export SortRandom
func SortRandom(n int32, seed uint32) int64 {
	xs := make([]int64, n)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int64(seed >> 8)
	}
	Sort(xs)
	sum := int64(0)
	for i, x := range xs {
		sum += x * int64(i%7+1)
	}
	return sum
}

// Hash is FNV-1a over data, rounds times over (each round seeded by the previous hash).
//
//export Hash
func Hash(data []byte, rounds int32) uint32 {
	h := uint32(2166136261)
	for r := int32(0); r < rounds; r++ {
		for _, b := range data {
			h ^= uint32(b)
			h *= 16777619
		}
	}
	return h
}

// Particle is one body of the physics step.
type Particle struct{ X, Y, VX, VY float64 }

// Physics steps n particles under gravity, bouncing off the walls of a unit box, and returns
// their total kinetic energy.
//
//export Physics
func Physics(n, steps int32) float64 {
	ps := make([]Particle, n)
	for i := range ps {
		f := float64(i) / float64(n)
		ps[i] = Particle{f, 1 - f*f, 0.3 - f*0.6, 0}
	}
	const dt = 0.001
	for s := int32(0); s < steps; s++ {
		for i := range ps {
			p := &ps[i]
			p.VY -= 9.81 * dt
			p.X += p.VX * dt
			p.Y += p.VY * dt
			if p.X < 0 || p.X > 1 {
				p.VX = -p.VX
			}
			if p.Y < 0 {
				p.Y, p.VY = 0, -p.VY*0.9
			}
		}
	}
	e := 0.0
	for _, p := range ps {
		e += 0.5 * (p.VX*p.VX + p.VY*p.VY)
	}
	return e
}
