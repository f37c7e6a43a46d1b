package sort

import (
	"internal/rtype"
	"unsafe"
)

// Slice sorts the slice x given the provided less function. It panics if x is not a slice. The
// sort is not guaranteed to be stable: equal elements may be reversed from their original order.
// For a stable sort, use SliceStable.
func Slice(x any, less func(i, j int) bool) {
	Sort(newLessSwap(x, less, "Slice"))
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements in
// their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	Stable(newLessSwap(x, less, "SliceStable"))
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	s := newLessSwap(x, less, "SliceIsSorted")
	for i := s.n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// lessSwap adapts a slice of any element type to Interface: it swaps elements as raw memory
// (what reflect.Swapper does), through a buffer the size of one element.
type lessSwap struct {
	less  func(i, j int) bool
	base  unsafe.Pointer
	n     int
	size  uintptr
	tmp   []byte
	words bool // elements are whole uintptr words (swap them directly)
}

func newLessSwap(x any, less func(i, j int) bool, fn string) *lessSwap {
	t, p := rtype.ValueOf(x)
	if t == nil || t.Kind != rtype.Slice {
		name := "invalid"
		if t != nil {
			name = rtype.KindName(t.Kind)
		}
		panic(&rtype.ValueError{Method: "Swapper", Kind: name})
	}
	h := (*[3]int32)(p) // slice header: data, len, cap
	s := &lessSwap{less: less, base: unsafe.Pointer(uintptr(h[0])), n: int(h[1]), size: uintptr(t.Elem.Size)}
	if s.size == unsafe.Sizeof(uintptr(0)) {
		s.words = true
	} else {
		s.tmp = make([]byte, s.size)
	}
	return s
}

func (s *lessSwap) Len() int           { return s.n }
func (s *lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s *lessSwap) Swap(i, j int) {
	a := unsafe.Pointer(uintptr(s.base) + uintptr(i)*s.size)
	b := unsafe.Pointer(uintptr(s.base) + uintptr(j)*s.size)
	if s.words {
		pa, pb := (*uintptr)(a), (*uintptr)(b)
		*pa, *pb = *pb, *pa
		return
	}
	if s.size == 0 {
		return
	}
	tmp := unsafe.Pointer(&s.tmp[0])
	copy(unsafe.Slice((*byte)(tmp), s.size), unsafe.Slice((*byte)(a), s.size))
	copy(unsafe.Slice((*byte)(a), s.size), unsafe.Slice((*byte)(b), s.size))
	copy(unsafe.Slice((*byte)(b), s.size), unsafe.Slice((*byte)(tmp), s.size))
}
