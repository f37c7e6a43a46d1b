// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package fmt

// The order maps print in: Go's internal/fmtsort.

import (
	"internal/rtype"
	"sort"
	"unsafe"
)

// sortedMap represents a map's keys and values. The keys and values are
// aligned in index order: elem[i] is the value in the map corresponding to key[i].
type sortedMap struct {
	key  []value
	elem []value
}

func (o *sortedMap) Len() int           { return len(o.key) }
func (o *sortedMap) Less(i, j int) bool { return compare(o.key[i], o.key[j]) < 0 }
func (o *sortedMap) Swap(i, j int) {
	o.key[i], o.key[j] = o.key[j], o.key[i]
	o.elem[i], o.elem[j] = o.elem[j], o.elem[i]
}

// sortMap returns the keys and values of map m in a stable order sorted by key:
//   - when applicable, nil compares low
//   - ints, floats, and strings order by <
//   - NaN compares less than non-NaN floats
//   - bool compares false before true
//   - pointers compare by machine address
//   - channel values compare by machine address
//   - structs compare each field in turn
//   - arrays compare each element in turn.
//     Otherwise identical arrays compare by length.
//   - interface values compare first by the type descriptor's address
//     and then by concrete value as described in the previous rules.
func sortMap(m value) *sortedMap {
	n := m.len()
	sorted := &sortedMap{key: make([]value, 0, n), elem: make([]value, 0, n)}
	h := *(*unsafe.Pointer)(m.p)
	if h == nil {
		return sorted
	}
	for i := 0; ; {
		next, k, e := rtype.MapNext(h, i)
		if k == nil {
			break
		}
		sorted.key = append(sorted.key, value{m.t.Key, k, sticky(m.ro)})
		sorted.elem = append(sorted.elem, value{m.t.Elem, e, sticky(m.ro)})
		i = next
	}
	sort.Stable(sorted)
	return sorted
}

func compareOrdered[T int64 | uint64 | uintptr | string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	default:
		return 0
	}
}

// compare compares two values of the same type. It returns -1, 0, 1
// according to whether a > b (1), a == b (0), or a < b (-1).
// If the types differ, it returns -1.
// See the comment on sortMap for the comparison rules.
func compare(aVal, bVal value) int {
	if aVal.t != bVal.t {
		return -1 // No good answer possible, but don't return 0: they're not equal.
	}
	switch aVal.kind() {
	case rtype.Int, rtype.Int8, rtype.Int16, rtype.Int32, rtype.Int64:
		return compareOrdered(aVal.int(), bVal.int())
	case rtype.Uint, rtype.Uint8, rtype.Uint16, rtype.Uint32, rtype.Uint64, rtype.Uintptr:
		return compareOrdered(aVal.uint(), bVal.uint())
	case rtype.String:
		return compareOrdered(aVal.str(), bVal.str())
	case rtype.Float32, rtype.Float64:
		return floatCompare(aVal.float(), bVal.float())
	case rtype.Bool:
		a, b := aVal.boolean(), bVal.boolean()
		switch {
		case a == b:
			return 0
		case a:
			return 1
		default:
			return -1
		}
	case rtype.Pointer, rtype.UnsafePointer:
		return compareOrdered(aVal.pointer(), bVal.pointer())
	case rtype.Chan:
		if c, ok := nilCompare(aVal, bVal); ok {
			return c
		}
		return compareOrdered(aVal.pointer(), bVal.pointer())
	case rtype.Struct:
		for i := 0; i < aVal.numField(); i++ {
			if c := compare(aVal.field(i), bVal.field(i)); c != 0 {
				return c
			}
		}
		return 0
	case rtype.Array:
		for i := 0; i < aVal.len(); i++ {
			if c := compare(aVal.index(i), bVal.index(i)); c != 0 {
				return c
			}
		}
		return 0
	case rtype.Interface:
		if c, ok := nilCompare(aVal, bVal); ok {
			return c
		}
		a, b := aVal.elem(), bVal.elem()
		c := compareOrdered(uintptr(unsafe.Pointer(a.t)), uintptr(unsafe.Pointer(b.t)))
		if c != 0 {
			return c
		}
		return compare(a, b)
	default:
		// Certain types cannot appear as keys (maps, funcs, slices), but be explicit.
		panic("bad type in compare: " + aVal.typeName())
	}
}

// nilCompare checks whether either value is nil. If not, the boolean is false.
// If either value is nil, the boolean is true and the integer is the comparison
// value. The comparison is defined to be 0 if both are nil, otherwise the one
// nil value compares low. Both arguments must represent a chan, func,
// interface, map, pointer, or slice.
func nilCompare(aVal, bVal value) (int, bool) {
	if aVal.isNil() {
		if bVal.isNil() {
			return 0, true
		}
		return -1, true
	}
	if bVal.isNil() {
		return 1, true
	}
	return 0, false
}

// floatCompare compares two floating-point values. NaNs compare low.
func floatCompare(a, b float64) int {
	switch {
	case isNaN(a):
		return -1 // No good answer if b is a NaN so don't bother checking.
	case isNaN(b):
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func isNaN(a float64) bool {
	return a != a
}
