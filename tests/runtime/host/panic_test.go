package rt

import (
	"math"
	"testing"
)

// ours returns the message our runtime records when f panics, checking it is a panic.
func ourPanic(t *testing.T, f func()) string {
	t.Helper()
	reset()
	if !catch(f) {
		return "no panic"
	}
	if panicKind() != panicKindPanic {
		t.Errorf("panic kind %d, want %d", panicKind(), panicKindPanic)
	}
	return panicText()
}

func TestBoundsMessages(t *testing.T) {
	s := make([]int, 3, 5)
	str := "abc"
	arr := [4]int{}
	// The values below are variables so that Go checks them at run time.
	xs := []int{-1, 0, 2, 3, 4, 5, 6, 7, math.MaxInt64, math.MinInt64}
	type check struct {
		name string
		ours func()
		real func()
	}
	var checks []check
	for _, x := range xs {
		x := x
		u := uint(x)
		checks = append(checks,
			check{"index", func() { panicIndex(x, len(s)) }, func() { _ = s[x] }},
			check{"indexU", func() { panicIndexU(u, len(s)) }, func() { _ = s[u] }},
			check{"string index", func() { panicIndex(x, len(str)) }, func() { _ = str[x] }},
			check{"sliceAlen", func() { panicSliceAlen(x, len(str)) }, func() { _ = str[:x] }},
			check{"sliceAlenU", func() { panicSliceAlenU(u, len(str)) }, func() { _ = str[:u] }},
			check{"sliceAcap", func() { panicSliceAcap(x, cap(s)) }, func() { _ = s[:x] }},
			check{"sliceAcapU", func() { panicSliceAcapU(u, cap(s)) }, func() { _ = s[:u] }},
			check{"sliceB", func() { panicSliceB(x, 1) }, func() { _ = s[x:1] }},
			check{"sliceBU", func() { panicSliceBU(u, 1) }, func() { _ = s[u:1] }},
			check{"slice3Acap", func() { panicSlice3Acap(x, cap(s)) }, func() { _ = s[:0:x] }},
			check{"slice3AcapU", func() { panicSlice3AcapU(u, cap(s)) }, func() { _ = s[:0:u] }},
			check{"slice3B", func() { panicSlice3B(x, 2) }, func() { _ = s[:x:2] }},
			check{"slice3BU", func() { panicSlice3BU(u, 2) }, func() { _ = s[:u:2] }},
			check{"slice3C", func() { panicSlice3C(x, 1) }, func() { _ = s[x:1:2] }},
			check{"slice3CU", func() { panicSlice3CU(u, 1) }, func() { _ = s[u:1:2] }},
			check{"array slice3Alen", func() { panicSlice3Alen(x, len(arr)) }, func() { _ = arr[:0:x] }},
			check{"array slice3AlenU", func() { panicSlice3AlenU(u, len(arr)) }, func() { _ = arr[:0:u] }},
		)
		if x >= 0 {
			checks = append(checks, check{"convert", func() { panicSliceConvert(x, len(s)) }, func() {
				// Go checks the length of a slice-to-array-pointer conversion only for constant
				// array lengths, so pick the one that matches x.
				switch x {
				case 4:
					_ = (*[4]int)(s)
				case 5:
					_ = (*[5]int)(s)
				case 6:
					_ = (*[6]int)(s)
				case 7:
					_ = (*[7]int)(s)
				default:
					panic(boundsMessageUnchecked{})
				}
			}})
		}
	}
	for _, c := range checks {
		want := goPanic(c.real)
		if want == "no panic" || want == "no runtime error: {}" {
			continue // this value is in range for Go's check
		}
		cases++
		if got := ourPanic(t, c.ours); got != want {
			t.Errorf("%s: got %q, Go says %q", c.name, got, want)
		}
	}
}

type boundsMessageUnchecked struct{}

func TestRuntimeErrorMessages(t *testing.T) {
	var zero int
	var neg = -1
	var nilp *int
	for _, c := range []struct {
		name string
		ours func()
		real func()
	}{
		{"divide", panicDivide, func() { _ = 1 / zero }},
		{"shift", panicShift, func() { _ = 1 << neg }},
		{"nil", panicNil, func() { _ = *nilp }},
		{"makeslice len", panicMakeSliceLen, func() { sink = make([]int, neg) }},
		{"makeslice cap", panicMakeSliceCap, func() { sink = make([]int, 1, zero) }},
	} {
		cases++
		if got, want := ourPanic(t, c.ours), goPanic(c.real); got != want {
			t.Errorf("%s: got %q, Go says %q", c.name, got, want)
		}
	}
}

func TestGopanicAndThrow(t *testing.T) {
	reset()
	cases++
	if !catch(func() { gopanic("boom") }) || panicText() != "boom" || panicKind() != panicKindPanic {
		t.Errorf("gopanic: %q kind %d", panicText(), panicKind())
	}
	// The compiler flushes after each print statement; the panic path itself must not write.
	if len(hostOut) != 0 {
		t.Errorf("gopanic wrote to the host: %q", hostOut)
	}
	cases++
	if !catch(func() { gothrow("out of memory") }) || panicText() != "fatal error: out of memory" || panicKind() != panicKindFatal {
		t.Errorf("gothrow: %q kind %d", panicText(), panicKind())
	}
	cases++
	panicReset()
	if panicText() != "" || panicKind() != panicKindNone {
		t.Errorf("after panicReset: %q kind %d", panicText(), panicKind())
	}
	// An overlong fatal message is truncated to the buffer, never overflowing it.
	cases++
	long := string(make([]byte, 1000))
	if !catch(func() { gothrow(long) }) || len(panicText()) != len(panicBuf) {
		t.Errorf("overlong gothrow: %d bytes", len(panicText()))
	}
}
