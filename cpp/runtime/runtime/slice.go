package runtime

import "unsafe"

// Slice allocation: make, append and copy.
//
// Capacities follow Go 1.19 on a 64-bit platform exactly for a given element size. The compiler
// passes the wasm32 element size, so for element types whose size differs from amd64's
// (pointers, strings, slices, structs holding them) append may pick other capacities than
// `go run` on amd64 prints; for ints, floats, bytes and runes they are the same.

// growThreshold is where append switches from doubling to growing by about 1.25x.
const growThreshold = 256

// makeslice allocates the zeroed array of make([]T, len, cap) with Go's checks.
// noscan says that the elements hold no pointers.
func makeslice(elemSize uintptr, len, cap int, noscan bool) unsafe.Pointer {
	mem, overflow := mulUint64(uint64(elemSize), uint64(cap))
	if overflow || mem > maxAlloc || len < 0 || len > cap {
		// make([]T, huge) reports len rather than cap, as Go does: cap was implicit.
		mem, overflow = mulUint64(uint64(elemSize), uint64(len))
		if overflow || mem > maxAlloc || len < 0 {
			panicMakeSliceLen()
		}
		panicMakeSliceCap()
	}
	return allocFor(uintptr(mem), noscan)
}

// growslice allocates a new array for append when newLen elements no longer fit in oldCap,
// copies the oldLen elements at old and returns the array with its capacity. The elements past
// oldLen are zero. The capacity is runtime.growslice's (Go 1.19) for the same element size.
// goSize is the element's size on Go's 64-bit targets (8-byte pointers): capacities are computed
// with it so that cap() after append agrees with go run, while memory is allocated with the real
// wasm32 elemSize.
func growslice(old unsafe.Pointer, oldLen, oldCap, newLen int, elemSize, goSize uintptr, noscan bool) (p unsafe.Pointer, newCap int) {
	if newLen < oldCap {
		gopanic("runtime error: growslice: cap out of range")
	}
	if elemSize == 0 {
		return unsafe.Pointer(&zerobase), newLen
	}

	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		newcap = newLen
	} else if oldCap < growThreshold {
		newcap = doublecap
	} else {
		// 0 < newcap detects overflow and prevents an infinite loop.
		for 0 < newcap && newcap < newLen {
			// A smooth transition from 2x growth for small slices to 1.25x for large ones.
			newcap += (newcap + 3*growThreshold) / 4
		}
		if newcap <= 0 {
			newcap = newLen
		}
	}

	// Go rounds the byte size up to its malloc size class and keeps whatever fits.
	size := uint64(goSize)
	if uint64(newcap) > maxAlloc/size {
		gopanic("runtime error: growslice: cap out of range")
	}
	capmem := roundupsize(uint64(newcap) * size)
	if capmem > maxAlloc {
		gopanic("runtime error: growslice: cap out of range")
	}
	newcap = int(capmem / size)
	if uint64(newcap)*uint64(elemSize) > maxAlloc {
		gopanic("runtime error: growslice: cap out of range")
	}
	p = allocFor(uintptr(newcap)*elemSize, noscan)
	memmove(p, old, uintptr(oldLen)*elemSize)
	return p, newcap
}

func allocFor(size uintptr, noscan bool) unsafe.Pointer {
	if noscan {
		return allocNoscan(size)
	}
	return alloc(size)
}

// slicecopy implements copy(to, from) for width-byte elements and returns the count copied.
func slicecopy(toPtr unsafe.Pointer, toLen int, fromPtr unsafe.Pointer, fromLen int, width uintptr) int {
	n := fromLen
	if toLen < n {
		n = toLen
	}
	if n > 0 && width > 0 {
		memmove(toPtr, fromPtr, uintptr(n)*width)
	}
	return n
}

// mulUint64 returns a*b and whether it overflowed, like Go's math.MulUintptr on 64 bits.
func mulUint64(a, b uint64) (uint64, bool) {
	if a|b < 1<<32 || a == 0 {
		return a * b, false
	}
	return a * b, b > ^uint64(0)/a
}
