package rt

import (
	"fmt"
	"math"
	"testing"
	"unsafe"
)

var sink any

// checkGrowth compares growslice's capacities with real append's for element type T:
// appending one element at a time up to 5000, and appending k elements at once to full
// slices of every capacity 0..600 and those append produced.
func checkGrowth[T any](t *testing.T) {
	var zero T
	size := unsafe.Sizeof(zero)
	name := fmt.Sprintf("%T (size %d)", zero, size)
	reset()

	var s []T
	var p unsafe.Pointer
	n, c := 0, 0
	caps := map[int]bool{}
	for i := 0; i < 5000; i++ {
		s = append(s, zero)
		if n+1 > c {
			q, nc := growslice(p, n, c, n+1, size, size, false)
			free(p, uintptr(c)*size)
			p, c = q, nc
		}
		n++
		cases++
		if c != cap(s) {
			t.Fatalf("%s: appending element %d: cap %d, Go %d", name, i, c, cap(s))
		}
		caps[c] = true
	}
	free(p, uintptr(c)*size)

	// Big elements get fewer bulk cases, to keep the real appends cheap.
	maxCap, maxK := 600, 11000
	if size > 64 {
		maxCap, maxK = 50, 1000
	}
	for c := 0; c <= maxCap; c++ {
		caps[c] = true
	}
	extra := make([]T, maxK)
	for oc := range caps {
		for _, k := range []int{1, 2, 3, 5, 17, 100, oc, oc + 1, 2 * oc, 2*oc + 1, 3 * oc, 5000, 11000} {
			if k == 0 || k > maxK {
				continue
			}
			full := make([]T, oc)
			grown := append(full, extra[:k]...)
			q, nc := growslice(nil, 0, oc, oc+k, size, size, false)
			free(q, uintptr(nc)*size)
			cases++
			if nc != cap(grown) {
				t.Fatalf("%s: appending %d to a full slice of cap %d: cap %d, Go %d", name, k, oc, nc, cap(grown))
			}
		}
	}
}

func TestGrowsliceCapacities(t *testing.T) {
	checkGrowth[byte](t)
	checkGrowth[rune](t)
	checkGrowth[int](t)
	checkGrowth[float64](t)
	checkGrowth[int16](t)
	checkGrowth[[3]byte](t)
	checkGrowth[[12]byte](t)
	checkGrowth[[16]byte](t)
	checkGrowth[[24]byte](t)
	checkGrowth[[40]byte](t)
	checkGrowth[[1000]byte](t)
}

func TestGrowsliceCopies(t *testing.T) {
	reset()
	const size = 8
	old := alloc(5 * size)
	for i := 0; i < 5; i++ {
		*(*int64)(add(old, uintptr(i)*size)) = int64(i + 1)
	}
	// Garbage in a freed block must not reappear in the grown array.
	junk := alloc(64)
	memset(junk, 0xee, 64)
	free(junk, 64)

	p, c := growslice(old, 5, 5, 6, size, size, false)
	cases++
	if c != 10 {
		t.Errorf("cap %d, want 10", c)
	}
	for i := 0; i < c; i++ {
		want := int64(0)
		if i < 5 {
			want = int64(i + 1)
		}
		cases++
		if got := *(*int64)(add(p, uintptr(i)*size)); got != want {
			t.Errorf("element %d = %d, want %d", i, got, want)
		}
	}

	// Zero-sized elements need no memory.
	cases++
	if p, c := growslice(nil, 0, 0, 7, 0, 0, false); p == nil || c != 7 {
		t.Errorf("zero-size growslice = %v, %d", p, c)
	}

	cases++
	if !catch(func() { growslice(nil, 3, 4, 2, 8, 8, false) }) || panicText() != "runtime error: growslice: cap out of range" {
		t.Errorf("shrinking growslice: %q", panicText())
	}
	cases++
	if !catch(func() { growslice(nil, 0, 0, math.MaxInt64, 8, 8, false) }) || panicText() != "runtime error: growslice: cap out of range" {
		t.Errorf("huge growslice: %q", panicText())
	}
}

func memset(p unsafe.Pointer, c byte, n uintptr) {
	b := unsafe.Slice((*byte)(p), n)
	for i := range b {
		b[i] = c
	}
}

func TestMakeslice(t *testing.T) {
	reset()
	p := makeslice(8, 3, 10, false)
	cases++
	if p == nil || uintptr(p)%8 != 0 {
		t.Errorf("makeslice = %v", p)
	}
	cases++
	if p := makeslice(8, 0, 0, false); p == nil {
		t.Errorf("makeslice(0) = nil")
	}

	type tc struct {
		size      uintptr
		len, cap  int
		want      string
		checkReal bool // real Go (amd64) panics alike; larger sizes differ from wasm's limit
	}
	big := 1 << 40
	for _, c := range []tc{
		{8, -1, -1, "runtime error: makeslice: len out of range", true},
		{8, -1, 5, "runtime error: makeslice: len out of range", true},
		{8, 5, 4, "runtime error: makeslice: cap out of range", true},
		{8, 5, -1, "runtime error: makeslice: cap out of range", true},
		{8, 1 << 62, 1 << 62, "runtime error: makeslice: len out of range", true},
		{8, 5, 1 << 62, "runtime error: makeslice: cap out of range", true},
		{0, -1, -1, "runtime error: makeslice: len out of range", true},
		{1, big, big, "runtime error: makeslice: len out of range", false},
		{1, 5, big, "runtime error: makeslice: cap out of range", false},
		{4, 1 << 30, 1 << 30, "runtime error: makeslice: len out of range", false},
	} {
		cases++
		if !catch(func() { makeslice(c.size, c.len, c.cap, false) }) || panicText() != c.want {
			t.Errorf("makeslice(%d, %d, %d): %q, want %q", c.size, c.len, c.cap, panicText(), c.want)
		}
		if c.checkReal && c.size == 8 {
			cases++
			if real := goPanic(func() { sink = make([]int64, c.len, c.cap) }); real != c.want {
				t.Errorf("Go's make([]int64, %d, %d) panics %q, want %q", c.len, c.cap, real, c.want)
			}
		}
	}
}

func TestSlicecopy(t *testing.T) {
	reset()
	a := []int32{1, 2, 3, 4, 5}
	b := []int32{9, 9, 9}
	cases++
	if n := slicecopy(unsafe.Pointer(&b[0]), len(b), unsafe.Pointer(&a[0]), len(a), 4); n != 3 || b[2] != 3 {
		t.Errorf("slicecopy = %d, %v", n, b)
	}
	// Overlapping, as copy(a[1:], a).
	cases++
	if n := slicecopy(unsafe.Pointer(&a[1]), 4, unsafe.Pointer(&a[0]), 5, 4); n != 4 || fmt.Sprint(a) != "[1 1 2 3 4]" {
		t.Errorf("overlapping slicecopy = %d, %v", n, a)
	}
	cases++
	if n := slicecopy(nil, 0, unsafe.Pointer(&a[0]), 5, 4); n != 0 {
		t.Errorf("slicecopy to empty = %d", n)
	}
}
