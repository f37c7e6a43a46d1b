package runtime

import "unsafe"

// The wasi target: host services over wasi_snapshot_preview1, so that a module runs under
// node:wasi, a browser shim, or any WASI runtime. A program (package main) is a WASI command:
// _start runs it, an uncaught panic prints Go's report on stderr and exits with status 2.

//go:wasmimport wasi_snapshot_preview1 fd_write
func wasiFdWrite(fd int32, iovs unsafe.Pointer, iovsLen int32, nwritten unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 clock_time_get
func wasiClockTimeGet(id int32, precision uint64, time unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 args_sizes_get
func wasiArgsSizesGet(argc, bufSize unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 args_get
func wasiArgsGet(argv, buf unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 environ_sizes_get
func wasiEnvironSizesGet(count, bufSize unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 environ_get
func wasiEnvironGet(env, buf unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 random_get
func wasiRandomGet(buf unsafe.Pointer, n uint32) int32

//go:wasmimport wasi_snapshot_preview1 proc_exit
func wasiProcExit(code int32)

var (
	wasiIovec   [2]uint32 // one iovec: address, length
	wasiWritten uint32
	wasiTime    uint64
	wasiCommand bool // _start is running the program
)

func wasiWrite(fd int32, p unsafe.Pointer, n int32) {
	for n > 0 {
		wasiIovec[0] = uint32(uintptr(p))
		wasiIovec[1] = uint32(n)
		if wasiFdWrite(fd, unsafe.Pointer(&wasiIovec[0]), 1, unsafe.Pointer(&wasiWritten)) != 0 || wasiWritten == 0 {
			return
		}
		p = add(p, uintptr(wasiWritten))
		n -= int32(wasiWritten)
	}
}

func wasiClock(id int32) float64 {
	if wasiClockTimeGet(id, 1000, unsafe.Pointer(&wasiTime)) != 0 {
		return 0
	}
	return float64(wasiTime) / 1e6
}

func wasiNow() float64       { return wasiClock(1) } // CLOCK_MONOTONIC
func wasiWallClock() float64 { return wasiClock(0) } // CLOCK_REALTIME

func wasiArgs() []string {
	var count, size uint32
	if wasiArgsSizesGet(unsafe.Pointer(&count), unsafe.Pointer(&size)) != 0 || count == 0 {
		return defaultArgs()
	}
	return wasiStrings(count, size, false)
}

func wasiEnviron() []string {
	var count, size uint32
	if wasiEnvironSizesGet(unsafe.Pointer(&count), unsafe.Pointer(&size)) != 0 || count == 0 {
		return nil
	}
	return wasiStrings(count, size, true)
}

// wasiStrings reads count NUL-terminated strings, size bytes in all: the arguments, or the
// environment. The strings share one buffer, which never changes afterwards.
func wasiStrings(count, size uint32, environ bool) []string {
	ptrs := allocNoscan(uintptr(count) * 4)
	buf := allocNoscan(uintptr(size) + 1)
	var errno int32
	if environ {
		errno = wasiEnvironGet(ptrs, buf)
	} else {
		errno = wasiArgsGet(ptrs, buf)
	}
	if errno != 0 {
		return nil
	}
	strSize := unsafe.Sizeof(scratchString)
	list := alloc(uintptr(count) * strSize)
	for i := uintptr(0); i < uintptr(count); i++ {
		start := unsafe.Pointer(uintptr(*(*uint32)(add(ptrs, 4*i))))
		n := 0
		for *(*byte)(add(start, uintptr(n))) != 0 {
			n++
		}
		*(*string)(add(list, i*strSize)) = mkstring(start, n)
	}
	return mkstrings(list, int(count))
}

func wasiRandom(p unsafe.Pointer, n uint32) bool { return wasiRandomGet(p, n) == 0 }

func wasiExit(code int32) { wasiProcExit(code) }

func wasiStart() { wasiCommand = true }

// wasiAbort: a panic or fatal error ends a WASI command the way Go ends a program (a trap would
// lose the message in a standalone runtime). Called by the host's JS API instead, the module
// traps and the host reads the recorded panic.
func wasiAbort() {
	if wasiCommand {
		wasiUncaught()
	}
}

// wasiUncaught reports the recorded panic on stderr and exits with status 2.
func wasiUncaught() {
	printflush()
	if curPanicKind == panicKindExit {
		wasiProcExit(exitStatus) // a host whose proc_exit unwinds, unwinding through main
	}
	if curPanicKind == panicKindNone {
		// Not Go's: an exception thrown by the host through main (an import that threw).
		wasiWriteString("fatal error: an exception from the host unwound main\n")
		wasiProcExit(2)
	}
	if curPanicKind == panicKindPanic {
		wasiWrite(2, unsafe.Pointer(&chainText[0]), int32(chainLen))
		wasiWriteString("panic: ")
	}
	wasiWrite(2, curPanicData, curPanicLen)
	if curPanicKind == panicKindPanic {
		msg := mkstring(curPanicData, int(curPanicLen))
		if len(msg) >= 23 && msg[len(msg)-23:] == "nil pointer dereference" {
			wasiWriteString("\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
		}
		wasiWriteString("\n\ngoroutine 1 [running]:\nmain.main()\n")
	} else {
		wasiWriteString("\n")
	}
	wasiProcExit(2)
}

func wasiWriteString(s string) { wasiWrite(2, stringData(s), int32(len(s))) }
