package rt

import (
	"math/rand"
	"sort"
	"testing"
	"unsafe"
)

type block struct {
	p    uintptr
	size uintptr
	tag  byte
}

// blockBytes is the memory the allocator really hands out for a request of size bytes.
func blockBytes(size uintptr) uintptr {
	return uintptr(roundupsize(uint64(size)))
}

func TestAllocInvariants(t *testing.T) {
	reset()
	r := rand.New(rand.NewSource(5))
	var live []block
	check := func(b block) {
		bs := unsafe.Slice((*byte)(unsafe.Pointer(b.p)), b.size)
		for i, c := range bs {
			if c != b.tag {
				t.Fatalf("block %#x (%d bytes) byte %d is %#x, want %#x: blocks overlap", b.p, b.size, i, c, b.tag)
			}
		}
	}
	for i := 0; i < 20000; i++ {
		if len(live) > 0 && r.Intn(5) < 2 {
			k := r.Intn(len(live))
			b := live[k]
			check(b)
			free(unsafe.Pointer(b.p), b.size)
			live[k] = live[len(live)-1]
			live = live[:len(live)-1]
			continue
		}
		var size uintptr
		switch r.Intn(10) {
		case 0:
			size = uintptr(r.Intn(200000)) + 1 // large
		case 1:
			size = uintptr(r.Intn(32768)) + 1
		default:
			size = uintptr(r.Intn(300)) + 1
		}
		p := alloc(size)
		cases++
		if p == nil || uintptr(p)%8 != 0 {
			t.Fatalf("alloc(%d) = %v: not 8-aligned", size, p)
		}
		// The whole block (not just the request) must be zero: a GC may rely on it, and the
		// capacity append reports makes the rest visible.
		full := blockBytes(size)
		for j, c := range unsafe.Slice((*byte)(p), full) {
			if c != 0 {
				t.Fatalf("alloc(%d) byte %d is %#x, not zero", size, j, c)
			}
		}
		b := block{uintptr(p), size, byte(i%255 + 1)}
		memset(p, b.tag, size)
		live = append(live, b)
	}
	// No two live blocks overlap, all are inside the heap.
	sort.Slice(live, func(i, j int) bool { return live[i].p < live[j].p })
	for i, b := range live {
		check(b)
		cases++
		if b.p < heapBase() || b.p+blockBytes(b.size) > heapTop || uint64(heapTop) > heapEnd {
			t.Fatalf("block %#x+%d outside the heap [%#x, %#x)", b.p, b.size, heapBase(), heapTop)
		}
		if i > 0 && live[i-1].p+blockBytes(live[i-1].size) > b.p {
			t.Fatalf("blocks %#x+%d and %#x overlap", live[i-1].p, live[i-1].size, b.p)
		}
	}
	if uint64(memorySize())<<16 != heapEnd {
		t.Errorf("heapEnd %#x, memory ends at %#x", heapEnd, uint64(memorySize())<<16)
	}
}

func TestAllocReuse(t *testing.T) {
	reset()
	cases++
	z := alloc(0)
	if z == nil || z != alloc(0) || z != unsafe.Pointer(&zerobase) {
		t.Errorf("alloc(0) = %v, want &zerobase", z)
	}
	free(z, 0) // must be harmless

	// A freed small block is reused for any request of the same size class, cleared.
	p := alloc(100)
	memset(p, 0xff, 100)
	free(p, 100)
	cases++
	if q := alloc(112); q != p || *(*byte)(q) != 0 || *(*byte)(add(q, 99)) != 0 {
		t.Errorf("alloc(112) after free(alloc(100)) = %v, want %v, zeroed", q, p)
	}
	cases++
	if q := alloc(100); q == p {
		t.Errorf("block handed out twice")
	}

	// A freed large block is split for smaller large requests, head first.
	big := alloc(200000) // 204800 bytes: 25 pages of 8 KiB
	alloc(64)            // keeps big away from heapTop
	memset(big, 0xff, 200000)
	free(big, 200000)
	a := alloc(40000)  // 40960
	b := alloc(50000)  // 57344
	c := alloc(106496) // exactly the rest
	cases++
	if a != big || uintptr(b) != uintptr(big)+40960 || uintptr(c) != uintptr(big)+40960+57344 || largeFree != 0 {
		t.Errorf("large split: %v %v %v from %v, largeFree %#x", a, b, c, big, largeFree)
	}
	for _, blk := range []struct {
		p unsafe.Pointer
		n uintptr
	}{{a, 40000}, {b, 50000}, {c, 106496}} {
		cases++
		for j, x := range unsafe.Slice((*byte)(blk.p), blk.n) {
			if x != 0 {
				t.Fatalf("reused large block %v byte %d not zero", blk.p, j)
			}
		}
	}

	// First fit skips blocks that are too small.
	free(c, 106496)
	free(a, 40000)
	cases++
	if e := alloc(50000); e != c || largeFree != uintptr(a) {
		t.Errorf("first fit: got %v, want %v", e, c)
	}

	// Freeing merges neighbours: a, b and the rest of c become one block again.
	free(b, 50000)
	cases++
	if largeFree != uintptr(a) || largeBlockSize(largeFree) != 40960+57344 || *(*uintptr)(a) != uintptr(c)+57344 {
		t.Errorf("a and b not merged: size %d", largeBlockSize(largeFree))
	}
	free(c, 50000)
	cases++
	if largeFree != uintptr(a) || largeBlockSize(largeFree) != 204800 || *(*uintptr)(a) != 0 {
		t.Errorf("a, b and c not merged: size %d", largeBlockSize(largeFree))
	}

	// A large block at the top of the heap goes back to the bump region, cleared.
	top := heapTop
	d := alloc(300000) // too big for the free block
	memset(d, 0xff, 300000)
	free(d, 300000)
	cases++
	if heapTop != top || uintptr(d) != top || *(*byte)(d) != 0 || *(*byte)(add(d, 299999)) != 0 {
		t.Errorf("top block not given back: heapTop %#x, was %#x", heapTop, top)
	}
}

func TestAllocGrowth(t *testing.T) {
	reset()
	start := memorySize()
	alloc(3 << 20)
	cases++
	if grown := memorySize() - start; grown < 48 {
		t.Errorf("memory grew by %d pages for 3 MiB", grown)
	}
	// Small allocations grow memory in steps of at least heapGrowPages.
	reset()
	start = memorySize()
	for i := 0; i < 2000; i++ {
		alloc(64)
	}
	cases++
	if grown := memorySize() - start; grown != heapGrowPages {
		t.Errorf("memory grew by %d pages for 128 KiB of small blocks, want %d", grown, heapGrowPages)
	}
}

func TestOutOfMemory(t *testing.T) {
	reset()
	setMemoryLimit(40) // 2.5 MiB
	cases++
	if !catch(func() { alloc(1 << 20) }) {
		// 1 MiB fits; 4 MiB does not.
		if !catch(func() { alloc(4 << 20) }) {
			t.Fatalf("no out of memory")
		}
	}
	if panicText() != "fatal error: runtime: out of memory" || panicKind() != panicKindFatal {
		t.Errorf("got %q kind %d", panicText(), panicKind())
	}
	// Close to the limit a smaller step than heapGrowPages still succeeds.
	reset()
	setMemoryLimit(3)
	cases++
	if catch(func() { alloc(100000) }) {
		t.Errorf("alloc of 100 KB with 3 pages allowed failed: %q", panicText())
	}
	cases++
	reset()
	if !catch(func() { alloc(maxAlloc) }) || panicText() != "fatal error: runtime: out of memory" {
		t.Errorf("alloc(maxAlloc): %q", panicText())
	}
	cases++
	reset()
	if !catch(func() { sink = stringtoslicebyte(string(make([]byte, 300<<20))) }) || panicText() != "fatal error: runtime: out of memory" {
		t.Errorf("[]byte of 300 MiB: %q", panicText())
	}
	reset()
}
