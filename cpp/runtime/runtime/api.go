package runtime

// The runtime's API for programs (import "runtime"). Everything else in the package is
// unexported. This file is exempt from the runtime's construct check (tests/runtime/run.sh): it
// declares the interface type Go programs assert recovered values against.

// Error identifies a run-time error (index out of range, nil dereference, …), as in Go.
type Error interface {
	error
	RuntimeError()
}

const (
	GOOS     = "js"
	GOARCH   = "wasm"
	Compiler = "gomethod"
)

// MemStats is the subset of Go's memory statistics that gomethod's collector keeps.
type MemStats struct {
	Alloc        uint64 // bytes of allocated heap objects
	TotalAlloc   uint64 // bytes ever allocated
	Sys          uint64 // bytes of linear memory
	Mallocs      uint64 // objects ever allocated
	Frees        uint64 // objects freed
	HeapAlloc    uint64 // same as Alloc
	HeapSys      uint64 // bytes of linear memory
	HeapInuse    uint64 // bytes in heap spans
	HeapObjects  uint64 // allocated objects
	NextGC       uint64 // HeapAlloc that triggers the next collection
	PauseTotalNs uint64
	NumGC        uint32
}

// ReadMemStats fills m with the collector's statistics (zero under gc: leaking or none, which
// keep none).
func ReadMemStats(m *MemStats) {
	gcStatsAddr()
	s := &gcStats
	m.Alloc = s.heapLive
	m.TotalAlloc = s.totalAlloc
	m.Sys = s.heapSize
	m.Mallocs = s.mallocs
	m.Frees = s.frees
	m.HeapAlloc = s.heapLive
	m.HeapSys = s.heapSize
	m.HeapInuse = s.heapInUse
	m.HeapObjects = s.mallocs - s.frees
	m.NextGC = s.nextGC
	m.PauseTotalNs = s.totalPauseNs
	m.NumGC = uint32(s.numGC)
}

// NumGoroutine is always 1: gomethod runs one goroutine.
func NumGoroutine() int { return 1 }

// KeepAlive marks x as reachable up to this call.
func KeepAlive(x any) {}
