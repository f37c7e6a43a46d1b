package rt

// Go implementations of the runtime's intrinsics (cpp/runtime/runtime/intrinsics.go), so that
// the runtime's logic runs under a 64-bit Go. Linear memory is simulated by an arena: a big
// []byte whose first 64 KiB-aligned byte plays the start of the heap. Addresses stay real Go
// addresses; memorySize reports the address of the simulated end of memory in 64 KiB pages.

import (
	"fmt"
	"math/bits"
	"time"
	"unsafe"
)

const (
	arenaBytes  = 256 << 20
	hostPage    = 64 << 10
	staticBytes = 1000 // the pretend static data below heapBase (heapBase rounds it up to 8)
)

var (
	arena      = make([]byte, arenaBytes)
	arenaStart uintptr // 64 KiB-aligned address inside arena

	memPages    int32 // simulated memory.size: the end of memory as an address in pages
	memMinPages int32 // memPages at reset: static data plus one page of heap
	memMaxPages int32 // memory.grow fails past this

	// hostOut collects what hostWrite wrote; hostWrites counts the calls.
	hostOut    []byte
	hostWrites int
)

// abortSignal is what abort panics with; tests recover it. It carries the recorded message so
// that an unexpected abort explains itself.
type abortSignal struct{ msg string }

func (a abortSignal) String() string { return "runtime abort: " + a.msg }

func init() {
	base := uintptr(unsafe.Pointer(&arena[0]))
	arenaStart = (base + hostPage - 1) &^ (hostPage - 1)
	end := base + arenaBytes
	if end>>16 > 1<<31-1 {
		panic(fmt.Sprintf("arena at %#x: page numbers do not fit in int32", base))
	}
	memMinPages = int32(arenaStart>>16) + 1
	memMaxPages = int32(end >> 16)
	memPages = memMinPages
}

// setMemoryLimit lets memory grow to at most pages pages past the arena start (0: the arena).
func setMemoryLimit(pages int32) {
	memMaxPages = int32((uintptr(unsafe.Pointer(&arena[0])) + arenaBytes) >> 16)
	if pages > 0 && int32(arenaStart>>16)+pages < memMaxPages {
		memMaxPages = int32(arenaStart>>16) + pages
	}
}

func memoryGrow(pages int32) int32 {
	old := memPages
	if pages < 0 || int64(memPages)+int64(pages) > int64(memMaxPages) {
		return -1
	}
	memPages += pages
	return old
}

func memorySize() int32 { return memPages }

func memmove(dst, src unsafe.Pointer, n uintptr) {
	if n > 0 {
		copy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), n))
	}
}

func memclr(p unsafe.Pointer, n uintptr) {
	if n > 0 {
		b := unsafe.Slice((*byte)(p), n)
		for i := range b {
			b[i] = 0
		}
	}
}

func heapBase() uintptr { return (arenaStart + staticBytes + 7) &^ 7 }

func abort() {
	p, n := panicMessage()
	panic(abortSignal{string(unsafe.Slice((*byte)(p), n))})
}

// abortedPanicHook is a real call here (the compiler drops it from programs without defer).
func abortedPanicHook() { chainPush(false) }

// throwPanic has no host counterpart: a thrown panic ends the call like abort.
func throwPanic() { abort() }

func hostWrite(fd int32, p unsafe.Pointer, n int32) {
	if fd != 2 {
		panic(fmt.Sprintf("hostWrite to fd %d", fd))
	}
	hostWrites++
	hostOut = append(hostOut, unsafe.Slice((*byte)(p), n)...)
}

func ctz32(x uint32) int32    { return int32(bits.TrailingZeros32(x)) }
func popcnt32(x uint32) int32 { return int32(bits.OnesCount32(x)) }

// The pretend static data (below heapBase) is the collector's only root here: the shadow stack
// is empty (tests store their roots in staticRoots).
var hostRoots [4]uintptr

func globalRoots() uintptr {
	hostRoots[0], hostRoots[1] = arenaStart, arenaStart+staticBytes
	return uintptr(unsafe.Pointer(&hostRoots[0]))
}

func stackPointer() uintptr { return arenaStart }
func stackTop() uintptr     { return arenaStart }

func hostNow() float64 { return float64(time.Now().UnixNano()) / 1e6 }

func hostExit(code int32) {}
func hostAbort()          {}

// staticRoots is the pretend static data as words a test can store pointers in.
func staticRoots() []uintptr {
	return unsafe.Slice((*uintptr)(unsafe.Pointer(arenaStart)), staticBytes/unsafe.Sizeof(uintptr(0)))
}
