// Package slices: generic functions for slices of any element type (Go 1.21's slices, the common
// part).
package slices

// Ordered is the constraint of the ordering functions (cmp.Ordered).
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func isNaN[T Ordered](x T) bool { return x != x }

func less[T Ordered](x, y T) bool { return (isNaN(x) && !isNaN(y)) || x < y }

// Sort sorts x in ascending order (NaNs first).
func Sort[S ~[]E, E Ordered](x S) {
	SortFunc(x, func(a, b E) int {
		if less(a, b) {
			return -1
		}
		if less(b, a) {
			return 1
		}
		return 0
	})
}

// SortFunc sorts x by cmp (negative: a before b).
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	// Heapsort: O(n log n) comparisons whatever the input; insertion sort for short slices.
	n := len(x)
	if n < 12 {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && cmp(x[j], x[j-1]) < 0; j-- {
				x[j], x[j-1] = x[j-1], x[j]
			}
		}
		return
	}
	sift := func(root, hi int) {
		for {
			child := 2*root + 1
			if child >= hi {
				return
			}
			if child+1 < hi && cmp(x[child], x[child+1]) < 0 {
				child++
			}
			if cmp(x[root], x[child]) >= 0 {
				return
			}
			x[root], x[child] = x[child], x[root]
			root = child
		}
	}
	for i := (n - 1) / 2; i >= 0; i-- {
		sift(i, n)
	}
	for i := n - 1; i > 0; i-- {
		x[0], x[i] = x[i], x[0]
		sift(0, i)
	}
}

// SortStableFunc sorts x by cmp, keeping equal elements in order (insertion sort).
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// BinarySearch finds target in sorted x: its position (or where it would be) and whether found.
func BinarySearch[S ~[]E, E Ordered](x S, target E) (int, bool) {
	i, j := 0, len(x)
	for i < j {
		h := int(uint(i+j) >> 1)
		if less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(x) && (x[i] == target || (isNaN(x[i]) && isNaN(target)))
}

// Index returns the first index of v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i with f(s[i]), or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool { return Index(s, v) >= 0 }

// ContainsFunc reports whether some element satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool { return IndexFunc(s, f) >= 0 }

// Equal reports whether s1 and s2 have the same length and elements.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// Reverse reverses s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Max returns the largest element (a NaN if there is one); it panics for an empty slice.
func Max[S ~[]E, E Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if isNaN(x[i]) {
			return x[i]
		}
		if x[i] > m {
			m = x[i]
		}
	}
	return m
}

// Min returns the smallest element (a NaN if there is one); it panics for an empty slice.
func Min[S ~[]E, E Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if isNaN(x[i]) {
			return x[i]
		}
		if x[i] < m {
			m = x[i]
		}
	}
	return m
}

// Clone returns a copy of s (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Compact replaces runs of equal elements by one.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			s[i] = s[k]
			i++
		}
	}
	return s[:i]
}

// Insert inserts vs at index i.
func Insert[S ~[]E, E any](s S, i int, vs ...E) S {
	_ = s[i:] // bounds check
	out := make(S, 0, len(s)+len(vs))
	out = append(out, s[:i]...)
	out = append(out, vs...)
	return append(out, s[i:]...)
}

// Delete removes s[i:j].
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j]
	return append(s[:i], s[j:]...)
}
