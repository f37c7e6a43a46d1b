package rt

import (
	"math"
	"math/rand"
	"strings"
	"testing"
	"unsafe"
)

var (
	sinkBytes []byte
	sinkRunes []rune
)

// randStrings returns strings over a small alphabet, so that equal strings and common prefixes
// are frequent.
func randStrings(r *rand.Rand, n int) []string {
	out := []string{"", "a", "ab", "abc", "b", "\xff", "\x00", "é"}
	for i := 0; i < n; i++ {
		var b strings.Builder
		for j := r.Intn(12); j > 0; j-- {
			b.WriteByte("ab\x00\xffé"[r.Intn(6)])
		}
		out = append(out, b.String())
	}
	return out
}

func TestConcatAndCompare(t *testing.T) {
	reset()
	r := rand.New(rand.NewSource(3))
	ss := randStrings(r, 150)
	for _, a := range ss {
		for _, b := range ss {
			cases++
			if got := concatstrings(a, b); got != a+b {
				t.Fatalf("concatstrings(%q, %q) = %q", a, b, got)
			}
			c := ss[(len(a)*7+len(b))%len(ss)]
			if got := concat3(a, b, c); got != a+b+c {
				t.Fatalf("concat3(%q, %q, %q) = %q", a, b, c, got)
			}
			if got := eqstring(a, b); got != (a == b) {
				t.Fatalf("eqstring(%q, %q) = %v", a, b, got)
			}
			if got, want := cmpstring(a, b), strings.Compare(a, b); got != want {
				t.Fatalf("cmpstring(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
	// Long strings exercise memequal's 8-byte steps and its tail.
	long := strings.Repeat("0123456789abcdef", 20)
	for i := 0; i < len(long); i++ {
		other := []byte(long)
		other[i] ^= 1
		cases++
		if eqstring(long, string(other)) || !eqstring(long[:i], string(other[:i])) {
			t.Fatalf("eqstring differs at %d", i)
		}
	}
	// Sharing: an empty operand gives the other string back without allocating.
	cases++
	top := heapTop
	if concatstrings("", long) != long || concat3(long, "", "") != long || heapTop != top {
		t.Errorf("concatenation with empty strings allocated")
	}
}

func TestByteConversions(t *testing.T) {
	reset()
	for n := 0; n <= 3000; n += 1 + n/16 {
		s := strings.Repeat("x", n) + "" // not constant, so Go's conversion below goes to the heap
		sinkBytes = []byte(s)
		b := stringtoslicebyte(s)
		cases++
		if string(b) != s || cap(b) != cap(sinkBytes) {
			t.Fatalf("stringtoslicebyte(len %d): len %d cap %d, Go cap %d", n, len(b), cap(b), cap(sinkBytes))
		}
		cases++
		var p unsafe.Pointer
		if n > 0 {
			p = unsafe.Pointer(&b[0])
		}
		if got := slicebytetostring(p, n); got != s {
			t.Fatalf("slicebytetostring(len %d) = %q", n, got)
		}
	}
	cases++
	if b := stringtoslicebyte(""); b == nil || len(b) != 0 {
		t.Errorf("[]byte(\"\") = %#v, want empty non-nil", b)
	}
}

func TestRuneConversions(t *testing.T) {
	reset()
	for _, s := range utf8Strings() {
		sinkRunes = []rune(s)
		rs := stringtoslicerune(s)
		cases++
		if string(rs) != string(sinkRunes) || len(rs) != len(sinkRunes) || cap(rs) != cap(sinkRunes) {
			t.Fatalf("stringtoslicerune(%q) = %v (cap %d), Go %v (cap %d)", s, rs, cap(rs), sinkRunes, cap(sinkRunes))
		}
		var p unsafe.Pointer
		if len(rs) > 0 {
			p = unsafe.Pointer(&rs[0])
		}
		cases++
		if got, want := slicerunetostring(p, len(rs)), string(sinkRunes); got != want {
			t.Fatalf("slicerunetostring(%v) = %q, want %q", rs, got, want)
		}
	}
	bad := []rune{-1, 0xD800, 0xDFFF, 0x110000, math.MaxInt32, math.MinInt32, 'a', 0x10FFFF, 0xFFFD, 0x7FF, 0x800}
	cases++
	if got, want := slicerunetostring(unsafe.Pointer(&bad[0]), len(bad)), string(bad); got != want {
		t.Errorf("slicerunetostring(invalid runes) = %q, want %q", got, want)
	}
}

func TestIntstring(t *testing.T) {
	reset()
	vals := []int64{0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000,
		0x10FFFF, 0x110000, -1, math.MaxInt32, math.MinInt32, 1<<32 + 'a', -1 << 32, math.MaxInt64, math.MinInt64}
	for v := int64(0); v < 0x110100; v += 97 {
		vals = append(vals, v)
	}
	for _, v := range vals {
		cases++
		if got, want := intstring(v), string(v); got != want {
			t.Fatalf("intstring(%d) = %q, want %q", v, got, want)
		}
	}
}
