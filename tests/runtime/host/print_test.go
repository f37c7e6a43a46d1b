package rt

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"
	"unsafe"
)

// compareLines compares our output with Go's line by line and reports the first mismatches.
func compareLines(t *testing.T, what string, got, want string) {
	t.Helper()
	g := strings.Split(got, "\n")
	w := strings.Split(want, "\n")
	if len(g) != len(w) {
		t.Errorf("%s: %d lines, Go printed %d", what, len(g), len(w))
	}
	bad := 0
	for i := 0; i < len(g) && i < len(w); i++ {
		cases++
		if g[i] != w[i] {
			if bad++; bad <= 10 {
				t.Errorf("%s line %d: got %q, Go printed %q", what, i, g[i], w[i])
			}
		}
	}
}

func floatCases() []float64 {
	v := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 10, 100, 1e6, 1e7, 1e8, 1e-7,
		123456.75, 9.9999995, 9.99999949, 9.9999996, 0.99999995, 1.00000005, 1e23, 1e100,
		1e-100, 1e300, 1e-300, 1e308, 5e-324, 2.2250738585072014e-308, math.MaxFloat64,
		math.SmallestNonzeroFloat64, math.Pi, math.E, -math.Pi, 1 << 62, 1 << 63, 3.4028234663852886e+38,
		math.NaN(), math.Inf(1), math.Inf(-1), 299792458, 6.02214076e23, 1.602176634e-19,
	}
	for e := -330; e <= 310; e++ {
		v = append(v, math.Pow(10, float64(e)), -math.Pow(10, float64(e))*1.5)
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		v = append(v, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 5000; i++ {
		v = append(v, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
		v = append(v, float64(r.Intn(2000000))/8)
	}
	return v
}

func TestPrintFloat(t *testing.T) {
	reset()
	vals := floatCases()
	want := captureStderr(t, func() {
		for _, v := range vals {
			println(v)
		}
	})
	got := ours(func() {
		for _, v := range vals {
			printfloat(v)
			printnl()
		}
	})
	compareLines(t, "printfloat", got, want)
}

func TestPrintComplex(t *testing.T) {
	reset()
	vals := floatCases()[:200]
	want := captureStderr(t, func() {
		for i := 1; i < len(vals); i++ {
			println(complex(vals[i-1], vals[i]))
		}
	})
	got := ours(func() {
		for i := 1; i < len(vals); i++ {
			printcomplex(vals[i-1], vals[i])
			printnl()
		}
	})
	compareLines(t, "printcomplex", got, want)
}

func intCases() []int64 {
	v := []int64{0, 1, -1, 9, 10, 11, 99, 100, -100, math.MaxInt64, math.MinInt64, math.MaxInt32,
		math.MinInt32, math.MaxInt64 - 1, math.MinInt64 + 1}
	for p := int64(1); p < math.MaxInt64/10; p *= 10 {
		v = append(v, p-1, p, p+1, -p)
	}
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 5000; i++ {
		v = append(v, int64(r.Uint64()), r.Int63n(100000)-50000)
	}
	return v
}

func TestPrintIntegers(t *testing.T) {
	reset()
	vals := intCases()
	want := captureStderr(t, func() {
		for _, v := range vals {
			println(v, uint64(v), v < 0)
		}
	})
	got := ours(func() {
		for _, v := range vals {
			printint(v)
			printsp()
			printuint(uint64(v))
			printsp()
			printbool(v < 0)
			printnl()
		}
	})
	compareLines(t, "printint/printuint/printbool", got, want)
}

func TestPrintHex(t *testing.T) {
	reset()
	for _, v := range intCases() {
		cases++
		u := uint64(v)
		got := ours(func() { printhex(u) })
		if want := fmt.Sprintf("%#x", u); got != want {
			t.Errorf("printhex(%d) = %q, want %q", u, got, want)
		}
	}
	// Pointers print as hex; nil as 0x0.
	x := new(int)
	want := captureStderr(t, func() { println(unsafe.Pointer(x), unsafe.Pointer(nil)) })
	got := ours(func() {
		printpointer(unsafe.Pointer(x))
		printsp()
		printpointer(nil)
		printnl()
	})
	compareLines(t, "printpointer", got, want)
}

func TestPrintSliceAndString(t *testing.T) {
	reset()
	b := make([]byte, 3, 10)
	var empty []int
	s := "héllo, wörld"
	want := captureStderr(t, func() {
		println(b, empty, s, "")
		print("no newline", 1, 2, "\n")
	})
	got := ours(func() {
		printslice(unsafe.Pointer(&b[0]), len(b), cap(b))
		printsp()
		printslice(nil, 0, 0)
		printsp()
		printstring(s)
		printsp()
		printstring("")
		printnl()
		printstring("no newline")
		printint(1)
		printint(2)
		printstring("\n")
	})
	compareLines(t, "printslice/printstring", got, want)
}

func TestPrintBuffering(t *testing.T) {
	reset()
	cases++
	printstring("abc")
	if len(hostOut) != 0 {
		t.Errorf("output before a newline was flushed: %q", hostOut)
	}
	printnl()
	if string(hostOut) != "abc\n" || hostWrites != 1 {
		t.Errorf("after printnl: %q in %d writes, want \"abc\\n\" in 1", hostOut, hostWrites)
	}

	// A string longer than the buffer goes out in buffer-sized writes, in order.
	cases++
	hostOut, hostWrites = nil, 0
	long := strings.Repeat("0123456789", 250)
	printstring(long)
	printstring("!")
	if hostWrites != len(long)/len(printBuf) {
		t.Errorf("%d writes for %d bytes, want %d", hostWrites, len(long), len(long)/len(printBuf))
	}
	printflush()
	if string(hostOut) != long+"!" {
		t.Errorf("long output garbled (%d bytes)", len(hostOut))
	}
	cases++
	printflush()
	if hostWrites != len(long)/len(printBuf)+1 {
		t.Errorf("printflush of an empty buffer wrote")
	}
}
