package runtime

import "unsafe"

// The garbage collector of the default memory model (compile option gc: "conservative"): a
// non-moving, stop-the-world mark-sweep collector over the module's linear memory. The compiler
// maps the allocator interface onto it: alloc → gcalloc, free → gcfree, and the host's
// gomethod_alloc / gomethod_free → allocPinned / unpin.
//
// Heap. The arena runs from heapBase() (rounded up to a page) to gcArenaTop, in gcPageSize pages.
// Every page in use belongs to a span, which starts with its mspan header:
//
//	| mspan | alloc bits | mark bits | pin bits | objects ... |
//
// A small span holds objects of one size class (Go's classes, sizeclasses.go); a large object
// gets a span of its own. pageTable maps each page to its span's header, which is how a
// conservative pointer — any word that falls inside the arena, including a pointer into the
// middle of an object — finds its object. Free page runs form one address-ordered list
// (coalesced). Spans of pointer-free objects (strings' and []byte's bytes, numeric slices) are
// "noscan": they are marked but never scanned.
//
// Roots. The package variables whose types hold pointers (the compiler lists them), the shadow
// stack between
// the stack pointer and its top, and pinned objects (memory the host holds). The compiler makes
// the shadow stack complete: before each call that may collect, a function stores the i32 values
// of its wasm locals into a spill area of its frame, and a pointer that stays on the wasm operand
// stack across such a call is first copied to a local (cpp/lower/gc_roots.cpp). Every word of
// the roots and of scanned objects that points into an allocated object marks it.
//
// Collections run inside gcalloc (the only safe point) when the bytes allocated since the last
// collection reach gcPercent% of the live heap (Go's GOGC, default 100, at least gcMinTrigger),
// when linear memory cannot grow (the memory limit), and on request (runtime.GC, gomethod_gc).
// Marking uses a fixed stack; when it overflows, marked objects are rescanned until no more
// change, so a collection itself never allocates.

const (
	gcPageShift  = 13
	gcPageSize   = 1 << gcPageShift
	gcMinTrigger = 4 << 20

	spanNoscan   = 1 // objects hold no pointers
	spanNeedZero = 2 // freed objects may hold old bytes
	spanMeta     = 4 // the runtime's own memory (the page table): no objects

	markStackCap = 4096

	hostNoscan = 1
	hostNoZero = 2
)

// mspan is the header at the start of every span.
type mspan struct {
	next      uintptr // the next span of the same class with free objects
	start     uintptr // the first object
	elemSize  uintptr
	nelems    uintptr
	npages    uintptr
	nfree     uintptr
	freeIndex uintptr // no free object below this index
	nwords    uintptr // uint32 words per bitmap
	class     uintptr // 0: a large object
	flags     uintptr
	divMul    uint32 // ^uint32(0)/elemSize + 1: offset*divMul>>32 is the object index (Go's divMagic)
}

// gcStats is what the host reads through gomethod_gc_stats (field order is the ABI: web/gc.js).
type gcStatsRecord struct {
	heapSize     uint64 // bytes of linear memory
	heapInUse    uint64 // bytes in spans
	heapLive     uint64 // bytes in allocated objects (live or not yet collected)
	liveAfterGC  uint64 // bytes that survived the last collection
	numGC        uint64
	lastPauseNs  uint64
	maxPauseNs   uint64
	totalPauseNs uint64
	totalAlloc   uint64 // bytes allocated, ever
	mallocs      uint64
	frees        uint64
	nextGC       uint64 // heapLive that triggers the next collection
	gcPercent    int64
}

var (
	gcArenaStart uintptr // 0 until the heap is set up
	gcArenaTop   uintptr // end of the pages handed out so far
	gcMemEnd     uint64  // end of linear memory

	pageTable    uintptr // *[pageTableLen]uintptr: span header per page, 0 for free pages
	pageTableLen uintptr
	freePages    uintptr // address-ordered free page runs; a run holds {next, npages}

	// partial[class*2+noscan] lists the spans of that class with free objects.
	partial [_NumSizeClasses * 2]uintptr
	// classPages[class] is the span size in pages, computed on first use.
	classPages [_NumSizeClasses]uint8

	heapLive  uintptr
	gcTrigger uintptr
	gcPercent int32 = 100
	gcRunning bool

	markStack    [markStackCap]uintptr // pairs (object, size)
	markTop      int
	markOverflow bool

	gcStats gcStatsRecord
)

// ---- allocation ------------------------------------------------------------------------------

// gcalloc returns size bytes of zeroed, 8-byte-aligned memory. It may collect first.
func gcalloc(size uintptr) unsafe.Pointer {
	return mallocgc(size, false, true)
}

// gcallocNoscan allocates memory the collector never scans: the caller stores no pointers in it.
func gcallocNoscan(size uintptr) unsafe.Pointer {
	return mallocgc(size, true, true)
}

// mallocgc allocates an object; zero false leaves old bytes in reused memory (the caller
// overwrites all of it, and noscan memory is never read by the collector).
func mallocgc(size uintptr, noscan, zero bool) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if gcArenaStart == 0 {
		gcInit()
	}
	if heapLive+size >= gcTrigger && !gcRunning {
		gcCollect()
	}
	var p uintptr
	if size <= _MaxSmallSize {
		p = allocSmall(uintptr(sizeToClass(uint64(size))), noscan, zero)
	} else {
		p = allocLarge(size, noscan, zero)
	}
	gcStats.mallocs++
	return unsafe.Pointer(p)
}

func gcInit() {
	gcArenaStart = (heapBase() + gcPageSize - 1) &^ (gcPageSize - 1)
	gcArenaTop = gcArenaStart
	gcMemEnd = uint64(memorySize()) * wasmPageSize
	setTrigger(0)
}

// setTrigger paces the collector as Go does: the heap may grow by gcPercent% of the live heap,
// and to at least gcMinTrigger scaled the same way (so GOGC=0 collects at every allocation).
func setTrigger(live uintptr) {
	if gcPercent < 0 {
		gcTrigger = ^uintptr(0)
		return
	}
	gcTrigger = live + live/100*uintptr(gcPercent)
	if floor := gcMinTrigger / 100 * uintptr(gcPercent); gcTrigger < floor {
		gcTrigger = floor
	}
}

func allocSmall(class uintptr, noscan, zero bool) uintptr {
	list := class * 2
	if noscan {
		list++
	}
	s := (*mspan)(unsafe.Pointer(partial[list]))
	if s == nil {
		s = newSmallSpan(class, noscan)
		partial[list] = uintptr(unsafe.Pointer(s))
	}
	i := nextFree(s)
	setBit(allocBits(s), i)
	s.freeIndex = i + 1
	s.nfree--
	if s.nfree == 0 {
		partial[list] = s.next
		s.next = 0
	}
	p := s.start + i*s.elemSize
	if zero && s.flags&spanNeedZero != 0 {
		memclr(unsafe.Pointer(p), s.elemSize)
	}
	heapLive += s.elemSize
	gcStats.totalAlloc += uint64(s.elemSize)
	return p
}

// nextFree returns the index of the first free object at or after s.freeIndex (s has one).
func nextFree(s *mspan) uintptr {
	bits := allocBits(s)
	w := s.freeIndex / 32
	for {
		free := ^*(*uint32)(unsafe.Pointer(bits + w*4))
		if w == s.freeIndex/32 {
			free &^= 1<<(s.freeIndex%32) - 1
		}
		if free != 0 {
			return w*32 + uintptr(ctz32(free))
		}
		w++
	}
}

func newSmallSpan(class uintptr, noscan bool) *mspan {
	npages := uintptr(classPages[class])
	if npages == 0 {
		npages = spanPagesFor(uintptr(class_to_size[class]))
		classPages[class] = uint8(npages)
	}
	s := newSpan(npages, uintptr(class_to_size[class]), noscan)
	s.class = class
	return s
}

// spanPagesFor picks the fewest pages that waste at most 1/8 of the span on a size class.
func spanPagesFor(size uintptr) uintptr {
	n := uintptr(1)
	for {
		total := n * gcPageSize
		count := spanCapacity(total, size)
		if count > 0 && (total-count*size)*8 <= total {
			return n
		}
		n++
	}
}

// spanCapacity is how many objects of size fit in a span of total bytes after its header.
func spanCapacity(total, size uintptr) uintptr {
	n := (total - unsafe.Sizeof(mspan{})) / size
	for n > 0 && spanHeaderSize(n)+n*size > total {
		n--
	}
	return n
}

// spanHeaderSize is the header and three bitmaps for n objects, rounded up to 8 bytes.
func spanHeaderSize(n uintptr) uintptr {
	words := (n + 31) / 32
	return (unsafe.Sizeof(mspan{}) + 3*words*4 + 7) &^ 7
}

func allocLarge(size uintptr, noscan, zero bool) uintptr {
	if uint64(size) > maxAlloc-2*gcPageSize {
		outOfMemory()
	}
	size = (size + 7) &^ 7
	npages := (spanHeaderSize(1) + size + gcPageSize - 1) >> gcPageShift
	s := newSpan(npages, size, noscan)
	setBit(allocBits(s), 0)
	s.nfree = 0
	if zero && s.flags&spanNeedZero != 0 {
		memclr(unsafe.Pointer(s.start), size)
	}
	heapLive += size
	gcStats.totalAlloc += uint64(size)
	return s.start
}

// newSpan takes npages pages and sets up a span of elemSize objects over them.
func newSpan(npages, elemSize uintptr, noscan bool) *mspan {
	base, fresh := allocPages(npages)
	s := (*mspan)(unsafe.Pointer(base))
	n := spanCapacity(npages*gcPageSize, elemSize)
	hdr := spanHeaderSize(n)
	if !fresh {
		memclr(unsafe.Pointer(base), hdr)
	}
	s.start = base + hdr
	s.elemSize = elemSize
	s.nelems = n
	s.npages = npages
	s.nfree = n
	s.nwords = (n + 31) / 32
	s.divMul = ^uint32(0)/uint32(elemSize) + 1
	if noscan {
		s.flags |= spanNoscan
	}
	if !fresh {
		s.flags |= spanNeedZero
	}
	setPageSpans(base, npages, base)
	gcStats.heapInUse += uint64(npages * gcPageSize)
	return s
}

func allocBits(s *mspan) uintptr { return uintptr(unsafe.Pointer(s)) + unsafe.Sizeof(mspan{}) }
func markBits(s *mspan) uintptr  { return allocBits(s) + s.nwords*4 }
func pinBits(s *mspan) uintptr   { return allocBits(s) + 2*s.nwords*4 }

func setBit(bits, i uintptr) {
	w := (*uint32)(unsafe.Pointer(bits + i/32*4))
	*w |= 1 << (i % 32)
}

func clearBit(bits, i uintptr) {
	w := (*uint32)(unsafe.Pointer(bits + i/32*4))
	*w &^= 1 << (i % 32)
}

func hasBit(bits, i uintptr) bool {
	return *(*uint32)(unsafe.Pointer(bits + i/32*4))&(1<<(i%32)) != 0
}

// ---- pages -----------------------------------------------------------------------------------

// allocPages returns npages free pages, and whether they were never used (so still zero). When
// memory cannot grow it collects once and tries again; then it is out of memory.
func allocPages(npages uintptr) (uintptr, bool) {
	if p := takePages(npages); p != 0 {
		return p, false
	}
	if p := bumpPages(npages); p != 0 {
		return p, true
	}
	if !gcRunning {
		gcCollect()
		if p := takePages(npages); p != 0 {
			return p, false
		}
		if p := bumpPages(npages); p != 0 {
			return p, true
		}
	}
	outOfMemory()
	return 0, false
}

// takePages removes npages pages from the first free run that has room, or returns 0.
func takePages(npages uintptr) uintptr {
	link := &freePages
	for *link != 0 {
		run := *link
		next := *(*uintptr)(unsafe.Pointer(run))
		n := *(*uintptr)(unsafe.Pointer(run + ptrSize))
		if n >= npages {
			if n > npages {
				tail := run + npages*gcPageSize
				*(*uintptr)(unsafe.Pointer(tail)) = next
				*(*uintptr)(unsafe.Pointer(tail + ptrSize)) = n - npages
				next = tail
			}
			*link = next
			return run
		}
		link = (*uintptr)(unsafe.Pointer(run))
	}
	return 0
}

// bumpPages cuts npages pages from the end of the arena, growing memory (and the page table)
// as needed; 0 when memory cannot grow.
func bumpPages(npages uintptr) uintptr {
	p := gcArenaTop
	end := uint64(p) + uint64(npages*gcPageSize)
	if !growMemory(end) {
		return 0
	}
	gcArenaTop = uintptr(end)
	if !coverPages() {
		gcArenaTop = p
		return 0
	}
	return p
}

// growMemory makes linear memory extend at least to end.
func growMemory(end uint64) bool {
	if end <= gcMemEnd {
		return true
	}
	if end > uint64(^uintptr(0)) {
		return false
	}
	need := (end - gcMemEnd + wasmPageSize - 1) / wasmPageSize
	pages := need
	if pages < heapGrowPages {
		pages = heapGrowPages
	}
	if memoryGrow(int32(pages)) < 0 && (pages == need || memoryGrow(int32(need)) < 0) {
		return false
	}
	gcMemEnd = uint64(memorySize()) * wasmPageSize
	gcStats.heapSize = gcMemEnd
	return true
}

// coverPages grows the page table to cover every page below gcArenaTop. The new table takes pages
// at the top of the arena (a span of its own, flagged spanMeta); the old one's become free.
func coverPages() bool {
	used := (gcArenaTop - gcArenaStart) >> gcPageShift
	if used <= pageTableLen {
		return true
	}
	n := pageTableLen * 2
	if n < 1024 {
		n = 1024
	}
	for n < used+n*ptrSize/gcPageSize+2 {
		n *= 2
	}
	npages := (unsafe.Sizeof(mspan{}) + n*ptrSize + gcPageSize - 1) >> gcPageShift
	base := gcArenaTop
	end := uint64(base) + uint64(npages*gcPageSize)
	if !growMemory(end) {
		return false
	}
	gcArenaTop = uintptr(end)
	table := base + unsafe.Sizeof(mspan{})
	if pageTable != 0 {
		memmove(unsafe.Pointer(table), unsafe.Pointer(pageTable), pageTableLen*ptrSize)
	}
	old, oldLen := pageTable, pageTableLen
	pageTable, pageTableLen = table, n
	meta := (*mspan)(unsafe.Pointer(base))
	meta.npages = npages
	meta.flags = spanMeta
	setPageSpans(base, npages, base)
	gcStats.heapInUse += uint64(npages * gcPageSize)
	if old != 0 {
		oldBase := old - unsafe.Sizeof(mspan{})
		freeSpanPages(oldBase, (unsafe.Sizeof(mspan{})+oldLen*ptrSize+gcPageSize-1)>>gcPageShift)
	}
	return true
}

func setPageSpans(base, npages, span uintptr) {
	first := (base - gcArenaStart) >> gcPageShift
	for i := uintptr(0); i < npages; i++ {
		*(*uintptr)(unsafe.Pointer(pageTable + (first+i)*ptrSize)) = span
	}
}

// freeSpanPages returns a span's pages to the free runs, merging neighbours; a run that ends at
// gcArenaTop stays in use as free pages (the arena never shrinks: memory cannot).
func freeSpanPages(base, npages uintptr) {
	setPageSpans(base, npages, 0)
	gcStats.heapInUse -= uint64(npages * gcPageSize)
	link := &freePages
	prevLink := (*uintptr)(nil)
	prev := uintptr(0)
	for *link != 0 && *link < base {
		prevLink = link
		prev = *link
		link = (*uintptr)(unsafe.Pointer(prev))
	}
	next := *link
	if next != 0 && base+npages*gcPageSize == next {
		npages += *(*uintptr)(unsafe.Pointer(next + ptrSize))
		next = *(*uintptr)(unsafe.Pointer(next))
	}
	if prev != 0 && prev+*(*uintptr)(unsafe.Pointer(prev + ptrSize))*gcPageSize == base {
		npages += *(*uintptr)(unsafe.Pointer(prev + ptrSize))
		base = prev
		link = prevLink
	}
	*link = base
	*(*uintptr)(unsafe.Pointer(base)) = next
	*(*uintptr)(unsafe.Pointer(base + ptrSize)) = npages
}

// ---- pointers --------------------------------------------------------------------------------

// findObject returns the span and index of the allocated object containing address p, or nil.
func findObject(p uintptr) (*mspan, uintptr) {
	if p < gcArenaStart || p >= gcArenaTop {
		return nil, 0
	}
	s := spanAtPage((p - gcArenaStart) >> gcPageShift)
	if s == nil || s.flags&spanMeta != 0 || p < s.start {
		return nil, 0
	}
	i := (p - s.start) / s.elemSize
	if i >= s.nelems || !hasBit(allocBits(s), i) {
		return nil, 0
	}
	return s, i
}

// gcfree frees the object at p at once (the runtime knows nothing refers to it any more).
func gcfree(p unsafe.Pointer, size uintptr) {
	s, i := findObject(uintptr(p))
	if s == nil {
		return
	}
	releaseObject(s, i)
}

func releaseObject(s *mspan, i uintptr) {
	clearBit(allocBits(s), i)
	clearBit(pinBits(s), i)
	heapLive -= s.elemSize
	gcStats.frees++
	if s.class == 0 {
		freeSpanPages(uintptr(unsafe.Pointer(s)), s.npages)
		return
	}
	s.flags |= spanNeedZero
	s.nfree++
	if i < s.freeIndex {
		s.freeIndex = i
	}
	if s.nfree == 1 {
		list := s.class * 2
		if s.flags&spanNoscan != 0 {
			list++
		}
		s.next = partial[list]
		partial[list] = uintptr(unsafe.Pointer(s))
	}
}

// allocPinned is the host's allocator (gomethod_alloc): the object stays alive, whatever refers
// to it, until the host unpins it. flags: hostNoscan (the host stores no pointers in it),
// hostNoZero (the host overwrites all of it).
func allocPinned(size uintptr, flags uint32) unsafe.Pointer {
	p := mallocgc(size, flags&hostNoscan != 0, flags&hostNoZero == 0)
	if s, i := findObject(uintptr(p)); s != nil {
		setBit(pinBits(s), i)
	}
	return p
}

// unpin is the host's free (gomethod_free): the object is now alive only while Go refers to it.
func unpin(p unsafe.Pointer, size uintptr) {
	if s, i := findObject(uintptr(p)); s != nil {
		clearBit(pinBits(s), i)
	}
}

// ---- collection ------------------------------------------------------------------------------

// GC runs a garbage collection.
func GC() {
	if gcArenaStart != 0 && !gcRunning {
		gcCollect()
	}
}

func gcCollect() {
	gcRunning = true
	t0 := hostNow()
	markTop = 0
	markOverflow = false
	for t := globalRoots(); *(*uintptr)(unsafe.Pointer(t)) != 0; t += 2 * ptrSize {
		scanRange(*(*uintptr)(unsafe.Pointer(t)), *(*uintptr)(unsafe.Pointer(t + ptrSize)))
	}
	scanRange(stackPointer(), stackTop())
	markPinned()
	drainMarks()
	for markOverflow {
		markOverflow = false
		rescanMarked()
		drainMarks()
	}
	if weakLen > 0 {
		weakSweep()
	}
	sweep()
	live := heapLive
	setTrigger(live)
	pause := uint64((hostNow() - t0) * 1e6)
	gcStats.numGC++
	gcStats.lastPauseNs = pause
	gcStats.totalPauseNs += pause
	if pause > gcStats.maxPauseNs {
		gcStats.maxPauseNs = pause
	}
	gcStats.liveAfterGC = uint64(live)
	gcRunning = false
}

// scanRange marks every object a word in [lo, hi) points into. It is markWord and findObject
// written out, because it runs once per word of every scanned object.
func scanRange(lo, hi uintptr) {
	lo = (lo + ptrSize - 1) &^ (ptrSize - 1)
	start, end := gcArenaStart, gcArenaTop
	for p := lo; p+ptrSize <= hi; p += ptrSize {
		w := *(*uintptr)(unsafe.Pointer(p))
		if w < start || w >= end {
			continue
		}
		s := (*mspan)(unsafe.Pointer(*(*uintptr)(unsafe.Pointer(pageTable + (w-start)>>gcPageShift*ptrSize))))
		if s == nil || s.flags&spanMeta != 0 || w < s.start {
			continue
		}
		off := w - s.start
		i := uintptr(uint64(off) * uint64(s.divMul) >> 32)
		if i*s.elemSize > off || off-i*s.elemSize >= s.elemSize {
			i = off / s.elemSize // the multiply is exact within Go's spans; check anyway
		}
		if i >= s.nelems {
			continue
		}
		bit := uint32(1) << (i % 32)
		word := allocBits(s) + i/32*4
		if *(*uint32)(unsafe.Pointer(word))&bit == 0 {
			continue
		}
		mark := (*uint32)(unsafe.Pointer(word + s.nwords*4))
		if *mark&bit != 0 {
			continue
		}
		*mark |= bit
		if s.flags&spanNoscan != 0 {
			continue
		}
		if markTop == markStackCap {
			markOverflow = true
			continue
		}
		markStack[markTop] = s.start + i*s.elemSize
		markStack[markTop+1] = s.elemSize
		markTop += 2
	}
}

func markWord(w uintptr) {
	s, i := findObject(w)
	if s == nil || hasBit(markBits(s), i) {
		return
	}
	setBit(markBits(s), i)
	if s.flags&spanNoscan != 0 {
		return
	}
	if markTop == markStackCap {
		markOverflow = true
		return
	}
	markStack[markTop] = s.start + i*s.elemSize
	markStack[markTop+1] = s.elemSize
	markTop += 2
}

func drainMarks() {
	for markTop > 0 {
		markTop -= 2
		p, n := markStack[markTop], markStack[markTop+1]
		// The mark stack is static data, which the next collection scans as a root: no stale
		// pointers may stay in it.
		markStack[markTop] = 0
		scanRange(p, p+n)
	}
}

// spanAtPage returns the span that page i of the arena belongs to (nil for a free page).
func spanAtPage(i uintptr) *mspan {
	return (*mspan)(unsafe.Pointer(*(*uintptr)(unsafe.Pointer(pageTable + i*ptrSize))))
}

func gcArenaPages() uintptr { return (gcArenaTop - gcArenaStart) >> gcPageShift }

// spanFrom returns the first span at page i or after, and the page after it (nil at the end).
func spanFrom(i uintptr) (*mspan, uintptr) {
	for n := gcArenaPages(); i < n; i++ {
		if s := spanAtPage(i); s != nil {
			return s, i + s.npages
		}
	}
	return nil, i
}

func markPinned() {
	for s, i := spanFrom(0); s != nil; s, i = spanFrom(i) {
		if s.flags&spanMeta != 0 {
			continue
		}
		pins := pinBits(s)
		for w := uintptr(0); w < s.nwords; w++ {
			bits := *(*uint32)(unsafe.Pointer(pins + w*4))
			for bits != 0 {
				k := w*32 + uintptr(ctz32(bits))
				bits &= bits - 1
				markWord(s.start + k*s.elemSize)
			}
		}
	}
}

// rescanMarked scans every marked object again: after the mark stack overflowed, some marked
// objects were never scanned.
func rescanMarked() {
	for s, i := spanFrom(0); s != nil; s, i = spanFrom(i) {
		if s.flags&(spanMeta|spanNoscan) != 0 {
			continue
		}
		marks := markBits(s)
		for k := uintptr(0); k < s.nelems; k++ {
			if hasBit(marks, k) {
				p := s.start + k*s.elemSize
				scanRange(p, p+s.elemSize)
				drainMarks()
			}
		}
	}
}

// sweep frees every allocated object that is not marked, returns empty spans' pages and rebuilds
// the lists of spans with free objects.
func sweep() {
	for i := 0; i < len(partial); i++ {
		partial[i] = 0
	}
	heapLive = 0
	for s, i := spanFrom(0); s != nil; s, i = spanFrom(i) {
		if s.flags&spanMeta == 0 {
			sweepSpan(s)
		}
	}
}

func sweepSpan(s *mspan) {
	alloc, marks := allocBits(s), markBits(s)
	used := uintptr(0)
	freed := false
	for w := uintptr(0); w < s.nwords; w++ {
		a := (*uint32)(unsafe.Pointer(alloc + w*4))
		m := (*uint32)(unsafe.Pointer(marks + w*4))
		if *a != *m {
			freed = true
			gcStats.frees += uint64(popcnt32(*a &^ *m))
		}
		*a = *m
		*m = 0
		used += uintptr(popcnt32(*a))
	}
	if used == 0 {
		freeSpanPages(uintptr(unsafe.Pointer(s)), s.npages)
		return
	}
	heapLive += used * s.elemSize
	if freed {
		s.flags |= spanNeedZero
	}
	s.nfree = s.nelems - used
	s.freeIndex = 0
	s.next = 0
	if s.nfree > 0 {
		list := s.class * 2
		if s.flags&spanNoscan != 0 {
			list++
		}
		s.next = partial[list]
		partial[list] = uintptr(unsafe.Pointer(s))
	}
}

// gcStatsAddr is the address of the statistics record (gomethod_gc_stats).
func gcStatsAddr() unsafe.Pointer {
	gcStats.heapLive = uint64(heapLive)
	gcStats.nextGC = uint64(gcTrigger)
	gcStats.gcPercent = int64(gcPercent)
	if gcStats.heapSize == 0 {
		gcStats.heapSize = uint64(memorySize()) * wasmPageSize
	}
	return unsafe.Pointer(&gcStats)
}

// setGCPercent sets GOGC (a negative value turns automatic collection off) and returns the old
// value.
func setGCPercent(p int32) int32 {
	old := gcPercent
	gcPercent = p
	if gcArenaStart != 0 {
		setTrigger(heapLive) // takes effect at the next allocation
	}
	return old
}
