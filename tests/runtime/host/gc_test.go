package rt

import (
	"testing"
	"unsafe"
)

// The collector's logic under real Go: roots are the pretend static data (staticRoots), the
// heap is the simulated linear memory.

type gcNode struct {
	next  *gcNode
	value uintptr
}

func newNode(next *gcNode, v uintptr) *gcNode {
	n := (*gcNode)(gcalloc(unsafe.Sizeof(gcNode{})))
	n.next = next
	n.value = v
	return n
}

func TestGCKeepsReachableAndFreesTheRest(t *testing.T) {
	reset()
	roots := staticRoots()
	var list *gcNode
	for i := uintptr(0); i < 100000; i++ {
		list = newNode(list, i)
		roots[0] = uintptr(unsafe.Pointer(list)) // collections may run at any allocation
		newNode(nil, i)                          // garbage
	}
	big := gcalloc(1 << 20) // a large object, referenced through an interior pointer
	roots[1] = uintptr(big) + 12345
	gcalloc(3 << 20) // large garbage
	GC()
	before := gcStats.frees
	n := uintptr(0)
	for p := (*gcNode)(unsafe.Pointer(roots[0])); p != nil; p = p.next {
		if p.value != 99999-n {
			t.Fatalf("node %d holds %d", n, p.value)
		}
		n++
	}
	if n != 100000 {
		t.Fatalf("list has %d nodes after GC", n)
	}
	if s, _ := findObject(roots[1]); s == nil {
		t.Fatalf("the large object was freed")
	}
	nodeSize := uintptr(class_to_size[sizeToClass(uint64(unsafe.Sizeof(gcNode{})))])
	want := 100000*nodeSize + (1 << 20)
	if heapLive != want {
		t.Errorf("live after GC = %d, want %d", heapLive, want)
	}
	if gcStats.numGC < 1 || before < 100001 {
		t.Errorf("numGC %d frees %d", gcStats.numGC, before)
	}
	roots[0], roots[1] = 0, 0
	GC()
	if heapLive != 0 {
		t.Errorf("live after dropping the roots = %d", heapLive)
	}
}

func TestGCBoundsTheHeap(t *testing.T) {
	reset()
	roots := staticRoots()
	// 1 GB allocated in total, 64 KB live at any time: memory stays near the trigger.
	for i := 0; i < 1<<14; i++ {
		roots[0] = uintptr(gcalloc(64 << 10)) // only the newest stays reachable
	}
	if mem := uint64(memPages)<<16 - uint64(arenaStart); mem > 16<<20 {
		t.Errorf("memory grew to %d bytes for a 64 KB live set", mem)
	}
	if gcStats.numGC == 0 {
		t.Errorf("no collection ran")
	}
}

func TestGCReusesFreedObjectsZeroed(t *testing.T) {
	reset()
	p := (*[4]uintptr)(gcalloc(32))
	p[0], p[3] = 7, 9
	addr := uintptr(unsafe.Pointer(p))
	GC() // p is not a root: freed
	q := (*[4]uintptr)(gcalloc(32))
	if uintptr(unsafe.Pointer(q)) != addr {
		t.Fatalf("freed object not reused")
	}
	if q[0] != 0 || q[3] != 0 {
		t.Errorf("reused object not zeroed: %v", *q)
	}
}

func TestGCPinned(t *testing.T) {
	reset()
	p := allocPinned(100, 0)
	*(*uintptr)(p) = uintptr(gcalloc(40)) // reachable only through the pinned object
	GC()
	if s, _ := findObject(uintptr(p)); s == nil {
		t.Fatalf("pinned object freed")
	}
	if s, _ := findObject(*(*uintptr)(p)); s == nil {
		t.Fatalf("object referenced by a pinned one freed")
	}
	unpin(p, 100)
	GC()
	if s, _ := findObject(uintptr(p)); s != nil {
		t.Errorf("unpinned object kept")
	}
}

func TestGCMarkStackOverflow(t *testing.T) {
	reset()
	roots := staticRoots()
	// A wide tree: one array of 20,000 pointers overflows the mark stack.
	const n = 20000
	arr := (*[n]uintptr)(gcalloc(n * unsafe.Sizeof(uintptr(0))))
	for i := range arr {
		arr[i] = uintptr(unsafe.Pointer(newNode(newNode(nil, uintptr(i)), 0)))
	}
	roots[0] = uintptr(unsafe.Pointer(arr))
	GC()
	for i := range arr {
		nd := (*gcNode)(unsafe.Pointer(arr[i]))
		if s, _ := findObject(uintptr(unsafe.Pointer(nd.next))); s == nil || nd.next.value != uintptr(i) {
			t.Fatalf("child %d lost", i)
		}
	}
}

func TestGCOutOfMemory(t *testing.T) {
	reset()
	setMemoryLimit(64) // 4 MiB
	roots := staticRoots()
	if !catch(func() {
		for i := 0; i < 1000; i++ {
			p := gcalloc(64 << 10)
			*(*uintptr)(p) = roots[0]
			roots[0] = uintptr(p) // everything stays reachable
		}
	}) || panicText() != "fatal error: runtime: out of memory" {
		t.Errorf("got %q", panicText())
	}
	reset()
}
