package runtime

import "unsafe"

// Heap memory.
//
// The allocator interface. The compiled program and the rest of the runtime reach the heap only
// through these two functions:
//
//	alloc(size) unsafe.Pointer  zeroed memory, 8-byte aligned, never nil (size 0 gives &zerobase);
//	                            throws "out of memory" when linear memory cannot grow.
//	free(p, size)               returns a block nothing references any more; size is the size that
//	                            was passed to alloc. Freeing is optional: a block never freed is
//	                            simply never reused.
//
// Nothing outside this file reads the heap's metadata, so a garbage collector can replace this
// file as a whole: it keeps alloc, lets free become a hint (or a no-op), and keeps its own
// bookkeeping. Slice capacities do not depend on the allocator (see roundupsize).
//
// The implementation is segregated free lists over a bump region, with no block headers:
//
//	heapBase()                      heapTop                heapEnd = memorySize() * 64 KiB
//	| blocks in use or on free lists | unused, all zero     |
//
//   - A small request (< _MaxSmallSize) is rounded up to Go's size class (sizeclasses.go). A freed
//     small block goes on its class's list in smallFree, linked through its first word.
//   - A large request is rounded up to _PageSize bytes. Freed large blocks form one list,
//     largeFree, sorted by address; a free block holds {next, size} in its first two words.
//     Allocation is first fit: a block bigger than the request is split and its tail stays on
//     the list. A freed block is merged with free neighbours, and given back to the bump region
//     when it ends at heapTop. (Small blocks are never merged or given back.)
//   - Everything else is cut from the bump region, which grows with memory.grow, at least
//     heapGrowPages at a time. Bytes past heapTop are zero (never written, or cleared when a
//     block was given back), so only blocks reused from a free list are cleared on allocation.
//   - The metadata is zero-valued package state: the heap sets itself up on first use, and no
//     initialization code has to run before the first allocation.

const (
	// maxAlloc bounds a single allocation: the largest size a wasm32 uintptr holds. Go's own
	// limit for GOARCH=wasm is 1<<32; requests this large fail as out of memory either way.
	maxAlloc = 1<<32 - 1

	wasmPageSize  = 64 << 10
	heapGrowPages = 16 // grow linear memory by at least 1 MiB, to call memory.grow rarely

	ptrSize = unsafe.Sizeof(uintptr(0))
)

var (
	heapTop   uintptr // first never-used byte; 0 until the heap is set up
	heapEnd   uint64  // end of linear memory; uint64 because a full wasm32 memory ends at 1<<32
	smallFree [_NumSizeClasses]uintptr
	largeFree uintptr

	// zerobase is the address of every zero-sized allocation.
	zerobase uint64
)

// alloc returns size bytes of zeroed, 8-byte-aligned memory.
func alloc(size uintptr) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if size < _MaxSmallSize {
		c := sizeToClass(uint64(size))
		n := uintptr(class_to_size[c])
		p := smallFree[c]
		if p == 0 {
			return heapBump(n)
		}
		smallFree[c] = *(*uintptr)(unsafe.Pointer(p))
		memclr(unsafe.Pointer(p), n)
		return unsafe.Pointer(p)
	}
	n := largeSize(size)
	p := takeLarge(n)
	if p == nil {
		return heapBump(n)
	}
	memclr(p, n)
	return p
}

// allocNoscan is alloc for memory that will hold no pointers. This allocator does not tell the
// two apart; the collector's (gcallocNoscan) never scans such memory.
func allocNoscan(size uintptr) unsafe.Pointer {
	return alloc(size)
}

// free makes the block p, allocated with alloc(size), available to later allocations.
func free(p unsafe.Pointer, size uintptr) {
	if size == 0 || p == nil {
		return
	}
	if size < _MaxSmallSize {
		c := sizeToClass(uint64(size))
		*(*uintptr)(p) = smallFree[c]
		smallFree[c] = uintptr(p)
		return
	}
	freeLarge(uintptr(p), largeSize(size))
}

// freeLarge inserts the n-byte block p into largeFree, which is sorted by address, merging it
// with free neighbours. A block that ends up touching heapTop goes back to the bump region.
func freeLarge(p, n uintptr) {
	// Find the link that will point at p, and the free blocks just below and above it.
	link := &largeFree
	var prevLink *uintptr // the link pointing at prev
	prev := uintptr(0)
	for *link != 0 && *link < p {
		prevLink = link
		prev = *link
		link = (*uintptr)(unsafe.Pointer(prev))
	}
	next := *link
	if next != 0 && p+n == next {
		n += largeBlockSize(next)
		next = *(*uintptr)(unsafe.Pointer(next))
	}
	if prev != 0 && prev+largeBlockSize(prev) == p {
		n += largeBlockSize(prev)
		p = prev
		link = prevLink
	}
	if p+n == heapTop {
		// Nothing is free above p (next == 0). Clearing keeps bytes past heapTop zero.
		*link = 0
		heapTop = p
		memclr(unsafe.Pointer(p), n)
		return
	}
	*link = p
	*(*uintptr)(unsafe.Pointer(p)) = next
	*(*uintptr)(unsafe.Pointer(p + ptrSize)) = n
}

// largeBlockSize returns the size recorded in the free large block p.
func largeBlockSize(p uintptr) uintptr {
	return *(*uintptr)(unsafe.Pointer(p + ptrSize))
}

// largeSize is the block size for a large request.
func largeSize(size uintptr) uintptr {
	n := (uint64(size) + _PageSize - 1) &^ (_PageSize - 1)
	if n > maxAlloc {
		outOfMemory()
	}
	return uintptr(n)
}

// takeLarge removes n bytes from the first free large block that has room, or returns nil.
func takeLarge(n uintptr) unsafe.Pointer {
	prev := uintptr(0) // the block whose link points at p; 0 means the list head
	p := largeFree
	for p != 0 {
		next := *(*uintptr)(unsafe.Pointer(p))
		size := largeBlockSize(p)
		if size >= n {
			if size > n {
				// Hand out the head; the tail takes the block's place, keeping the order.
				tail := p + n
				*(*uintptr)(unsafe.Pointer(tail)) = next
				*(*uintptr)(unsafe.Pointer(tail + ptrSize)) = size - n
				next = tail
			}
			if prev == 0 {
				largeFree = next
			} else {
				*(*uintptr)(unsafe.Pointer(prev)) = next
			}
			return unsafe.Pointer(p)
		}
		prev = p
		p = next
	}
	return nil
}

// heapBump cuts n bytes (a multiple of 8) from the never-used region.
func heapBump(n uintptr) unsafe.Pointer {
	if heapTop == 0 {
		heapTop = heapBase()
		heapEnd = uint64(memorySize()) * wasmPageSize
	}
	end := uint64(heapTop) + uint64(n)
	if end > heapEnd {
		heapGrow(end)
	}
	p := heapTop
	heapTop += n
	return unsafe.Pointer(p)
}

// heapGrow grows linear memory so that it extends at least to end.
func heapGrow(end uint64) {
	// heapTop must stay representable: on wasm32 the byte at 1<<32-1 is never handed out.
	if end > uint64(^uintptr(0)) {
		outOfMemory()
	}
	need := (end - heapEnd + wasmPageSize - 1) / wasmPageSize
	pages := need
	if pages < heapGrowPages {
		pages = heapGrowPages
	}
	if memoryGrow(int32(pages)) < 0 {
		// Near the limit a smaller step may still fit.
		if pages == need || memoryGrow(int32(need)) < 0 {
			outOfMemory()
		}
	}
	heapEnd = uint64(memorySize()) * wasmPageSize
}

func outOfMemory() {
	gothrow("runtime: out of memory")
}
