package main

// The benchmark kernels of issue #8, as Go methods for a web page: each one is an exported
// function taking typed arrays (Go slices) and numbers and returning one number. gomethod compiles
// this file for its targets (direct, js, wasi); standard Go builds the very same file for GOOS=js
// (bench/kernels/build.mjs copies it next to stdgo/main.go, which adds the syscall/js glue). The
// same algorithms are written in C++ (kernels.cpp, the `aot` path), AssemblyScript (kernels.ts)
// and plain JS (kernels.js); every path must return identical results (bench/kernels/paths.mjs).
//
// Kernels never modify their inputs, so a prepared input can be run again and again.

import (
	"math"
	"strconv"
	"strings"
)

// Sum adds int32 values with int32 wraparound.
//
//export Sum
func Sum(xs []int32) int32 {
	var s int32
	for _, x := range xs {
		s += x
	}
	return s
}

// Dot is the dot product of a and b (b at least as long as a), summed in index order.
//
//export Dot
func Dot(a, b []float64) float64 {
	b = b[:len(a)]
	s := 0.0
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// Mandelbrot iterates z = z² + c for every pixel of a w×h tile whose top-left corner is (x0, y0)
// and whose pixels are step apart, up to maxIter times, and returns the total iteration count.
//
//export Mandelbrot
func Mandelbrot(w, h int32, x0, y0, step float64, maxIter int32) int32 {
	total := int32(0)
	for py := int32(0); py < h; py++ {
		ci := y0 + float64(py)*step
		for px := int32(0); px < w; px++ {
			cr := x0 + float64(px)*step
			zr, zi := 0.0, 0.0
			n := int32(0)
			for n < maxIter {
				zr2, zi2 := zr*zr, zi*zi
				if zr2+zi2 > 4 {
					break
				}
				zi = 2*zr*zi + ci
				zr = zr2 - zi2 + cr
				n++
			}
			total += n
		}
	}
	return total
}

// Body is one body of the n-body simulation.
type Body struct{ X, Y, Z, VX, VY, VZ, M float64 }

const (
	nbodyDt   = 0.01
	nbodySoft = 0.01 // softening: added to every squared distance
)

// NBody copies n bodies (7 float64 each: x, y, z, vx, vy, vz, mass) out of state, advances them
// steps times (all pairs, softened gravity, G = 1) and returns the system's total energy.
//
//export NBody
func NBody(state []float64, steps int32) float64 {
	bs := make([]Body, len(state)/7)
	for i := range bs {
		s := state[7*i : 7*i+7]
		bs[i] = Body{s[0], s[1], s[2], s[3], s[4], s[5], s[6]}
	}
	for k := int32(0); k < steps; k++ {
		advance(bs)
	}
	return energy(bs)
}

func advance(bs []Body) {
	for i := range bs {
		bi := &bs[i]
		for j := i + 1; j < len(bs); j++ {
			bj := &bs[j]
			dx, dy, dz := bi.X-bj.X, bi.Y-bj.Y, bi.Z-bj.Z
			d2 := dx*dx + dy*dy + dz*dz + nbodySoft
			mag := nbodyDt / (d2 * math.Sqrt(d2))
			mj, mi := bj.M*mag, bi.M*mag
			bi.VX -= dx * mj
			bi.VY -= dy * mj
			bi.VZ -= dz * mj
			bj.VX += dx * mi
			bj.VY += dy * mi
			bj.VZ += dz * mi
		}
	}
	for i := range bs {
		b := &bs[i]
		b.X += nbodyDt * b.VX
		b.Y += nbodyDt * b.VY
		b.Z += nbodyDt * b.VZ
	}
}

func energy(bs []Body) float64 {
	e := 0.0
	for i := range bs {
		bi := &bs[i]
		e += 0.5 * bi.M * (bi.VX*bi.VX + bi.VY*bi.VY + bi.VZ*bi.VZ)
		for j := i + 1; j < len(bs); j++ {
			bj := &bs[j]
			dx, dy, dz := bi.X-bj.X, bi.Y-bj.Y, bi.Z-bj.Z
			e -= bi.M * bj.M / math.Sqrt(dx*dx+dy*dy+dz*dz+nbodySoft)
		}
	}
	return e
}

// crcTable is the byte-at-a-time table of the IEEE polynomial (reversed: 0xedb88320).
var crcTable = makeCRCTable()

func makeCRCTable() [256]uint32 {
	var t [256]uint32
	for i := range t {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = 0xedb88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}

// CRC32 is the IEEE CRC-32 of data (what hash/crc32.ChecksumIEEE returns), a table lookup per byte.
//
//export CRC32
func CRC32(data []byte) uint32 {
	crc := ^uint32(0)
	for _, b := range data {
		crc = crcTable[byte(crc)^b] ^ crc>>8
	}
	return ^crc
}

// SortInts sorts a copy of xs and returns an FNV-1a-style hash of the sorted values.
//
//export SortInts
func SortInts(xs []int32) uint32 {
	ys := make([]int32, len(xs))
	copy(ys, xs)
	quicksort(ys)
	return hashInts(ys)
}

// quicksort: Hoare partition around the middle element, recursing into the smaller side and
// looping on the larger, insertion sort for runs of 12 or fewer (the demo's Sort, for int32).
func quicksort(xs []int32) {
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
			quicksort(xs[:j+1])
			xs = xs[i:]
		} else {
			quicksort(xs[i:])
			xs = xs[:j+1]
		}
	}
	for i := 1; i < len(xs); i++ {
		for k := i; k > 0 && xs[k] < xs[k-1]; k-- {
			xs[k], xs[k-1] = xs[k-1], xs[k]
		}
	}
}

func hashInts(xs []int32) uint32 {
	h := uint32(2166136261)
	for _, x := range xs {
		h = (h ^ uint32(x)) * 16777619
	}
	return h
}

// JoinInts builds the decimal numbers of xs joined with commas ("12,-7,300") in a strings.Builder
// and returns the FNV-1a hash of the string's bytes, xor its length.
//
//export JoinInts
func JoinInts(xs []int32) uint32 {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(int(x)))
	}
	s := b.String()
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h ^ uint32(len(s))
}

// Shape is implemented by three types; Dispatch calls Area through the interface.
type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Tri struct{ B, H float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3.141592653589793 * c.R * c.R }
func (t Tri) Area() float64    { return 0.5 * t.B * t.H }

var shapes = []Shape{Rect{2, 3}, Circle{1}, Tri{4, 5}}

// Dispatch sums shapes[k].Area() over kinds (each 0, 1 or 2): one dynamic call per element, the
// type at the call site changing unpredictably.
//
//export Dispatch
func Dispatch(kinds []uint8) float64 {
	s := 0.0
	for _, k := range kinds {
		s += shapes[k].Area()
	}
	return s
}

// Number is what SumOf adds.
type Number interface {
	~int32 | ~int64 | ~float64
}

// SumOf is one generic function, compiled once per element type (int32 wraps around).
func SumOf[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

// SumGeneric calls SumOf[int32] and SumOf[float64] and adds the two sums.
//
//export SumGeneric
func SumGeneric(xs []int32, ys []float64) float64 {
	return float64(SumOf(xs)) + SumOf(ys)
}
