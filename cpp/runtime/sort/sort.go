// Package sort: Go's sort package for sort.Interface, the common slice types, and sort.Slice
// (slice.go, through internal/rtype).
package sort

import "math/bits"

// Interface is what Sort sorts.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It makes one call to
// data.Len to determine n and O(n*log(n)) calls to data.Less and data.Swap. The sort is not
// guaranteed to be stable. It is Go 1.19's pattern-defeating quicksort (zsort.go), so equal
// elements end up in the same order as with Go.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	limit := bits.Len(uint(n))
	pdqsort(data, 0, n, limit)
}

// Stable sorts data in ascending order as determined by the Less method, while keeping the
// original order of equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Search returns the smallest i in [0, n) at which f(i) is true (f false then true), or n.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// IntSlice, Float64Slice and StringSlice attach Interface to their slice types.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before other values, as Go's does.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

func Ints(x []int)         { Sort(IntSlice(x)) }
func Float64s(x []float64) { Sort(Float64Slice(x)) }
func Strings(x []string)   { Sort(StringSlice(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }

func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface { return &reverse{data} }

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }
