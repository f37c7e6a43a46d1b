package rt

import (
	"fmt"
	"os"
	"syscall"
	"testing"
	"unsafe"
)

// cases counts the individual comparisons; TestMain prints the total.
var cases int

func TestMain(m *testing.M) {
	code := m.Run()
	fmt.Printf("runtime: %d cases checked\n", cases)
	os.Exit(code)
}

// reset returns the simulated module to a fresh instance: empty heap, no panic, no output.
func reset() {
	used := uintptr(memPages)<<16 - arenaStart
	memclr(unsafe.Pointer(arenaStart), used)
	memPages = memMinPages
	setMemoryLimit(0)
	heapTop = 0
	heapEnd = 0
	smallFree = [_NumSizeClasses]uintptr{}
	largeFree = 0
	gcArenaStart, gcArenaTop, gcMemEnd = 0, 0, 0
	pageTable, pageTableLen, freePages = 0, 0, 0
	partial = [_NumSizeClasses * 2]uintptr{}
	classPages = [_NumSizeClasses]uint8{}
	heapLive, gcTrigger, gcPercent, gcRunning = 0, 0, 100, false
	gcStats = gcStatsRecord{}
	panicReset()
	printLen = 0
	hostOut = nil
	hostWrites = 0
}

// catch runs f and reports whether it ended in abort (a runtime panic or fatal error).
func catch(f func()) (aborted bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(abortSignal); !ok {
				panic(r)
			}
			aborted = true
		}
	}()
	f()
	return false
}

// panicText returns the recorded panic message.
func panicText() string {
	p, n := panicMessage()
	if n == 0 {
		return ""
	}
	return string(unsafe.Slice((*byte)(p), n))
}

// goPanic runs f under real Go and returns the message of the runtime error it panics with.
func goPanic(f func()) (msg string) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok {
			msg = e.Error()
		} else {
			msg = fmt.Sprint("no runtime error: ", r)
		}
	}()
	f()
	return "no panic"
}

// captureStderr returns what f writes to file descriptor 2: the oracle for print, since the
// builtin println of this (real Go) test binary is Go's runtime printing.
func captureStderr(t *testing.T, f func()) string {
	t.Helper()
	tmp, err := os.CreateTemp("", "rtprint")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	saved, err := syscall.Dup(2)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Dup2(int(tmp.Fd()), 2); err != nil {
		t.Fatal(err)
	}
	f()
	syscall.Dup2(saved, 2)
	syscall.Close(saved)
	data, err := os.ReadFile(tmp.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// ours returns what the runtime printed while f ran, after a final flush.
func ours(f func()) string {
	hostOut = nil
	f()
	printflush()
	return string(hostOut)
}

// goString returns a Go string for the n bytes at p (copied, so it outlives a heap reset).
func goString(s string) string {
	return string([]byte(s))
}
