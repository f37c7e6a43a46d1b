package runtime

import "unsafe"

// Panics and fatal errors.
//
// Without goroutines or recover, a panic ends the program: the runtime records the message,
// flushes buffered print output and traps. The host then reads the message with panicMessage
// and panicKind and reports it the way Go does:
//
//	panicKind() == panicKindPanic  Go prints "panic: " + message (+ "\n\ngoroutine 1 [running]:"...)
//	panicKind() == panicKindFatal  Go prints the message as is ("fatal error: runtime: out of memory")
//
// Runtime error messages are formatted into a fixed package-level buffer so that the panic path
// never allocates (it may be reporting that allocation failed).

const (
	panicKindNone  = 0
	panicKindPanic = 1
	panicKindFatal = 2
	panicKindExit  = 3 // os.Exit: the message is "exit status N"
)

var (
	curPanicKind int32
	curPanicData unsafe.Pointer
	curPanicLen  int32

	// panicBuf holds a formatted message; the longest bounds message needs 99 bytes.
	panicBuf    [256]byte
	panicBufLen int
)

// panicMessage returns the bytes of the current panic message (n == 0 when there is none).
func panicMessage() (p unsafe.Pointer, n int32) {
	return curPanicData, curPanicLen
}

// panicKind tells whether the recorded message is a panic's or a fatal error's.
func panicKind() int32 {
	return curPanicKind
}

// panicReset forgets the current panic, so that the host can call into the module again.
func panicReset() {
	panicValueCode = 0
	panicValueData = nil
	curPanicKind = panicKindNone
	curPanicData = nil
	curPanicLen = 0
}

// gopanic ends the program with a panic whose message is msg.
func gopanic(msg string) {
	raise(panicKindPanic, stringData(msg), len(msg))
}

// gothrow ends the program with a fatal error, like Go's runtime.throw.
func gothrow(msg string) {
	panicBufLen = 0
	bufString("fatal error: ")
	bufString(msg)
	raiseBuf(panicKindFatal)
}

func raise(kind int32, p unsafe.Pointer, n int) {
	if kind == panicKindPanic && curPanicKind == panicKindPanic && recovering > 0 {
		abortedPanicHook() // a deferred call panicked while handling a panic: the older one aborts
	}
	if kind == panicKindPanic && !panicValueSet {
		// The runtime's own panic (index, divide, nil map…): recover() returns a runtime error,
		// not the value of a panic it replaces.
		panicValueCode = 0
		panicValueData = nil
	}
	panicValueSet = false
	curPanicKind = kind
	curPanicData = p
	curPanicLen = int32(n)
	// No printflush here: the compiler flushes after every print statement, so the buffer is
	// empty, and a module that never prints must not import the host's write function.
	if kind == panicKindPanic && deferring > 0 {
		// Only modules with deferred calls can recover; others trap, which is cheaper.
		throwPanic()
	}
	hostAbort()
	abort()
}

// Recovery. A function with deferred calls counts itself in deferFrames while it runs; a panic
// then throws instead of trapping. While such a function runs its deferred calls because of a
// panic, recovering is allowed.
var (
	deferring      int32 // functions with deferred calls currently active
	recovering     int32 // deferred calls running because of a panic
	panicValueCode int32 // the panic's value as an interface (code 0: a runtime error)
	panicValueData unsafe.Pointer
	panicValueSet  bool // setPanicValue ran for the panic being raised

	// deferPanicking: the deferred calls now running run because their frame is panicking (only
	// those may recover; a deferred call's own deferred calls, run as it returns normally, may not).
	deferPanicking bool
)

// The defer counters when the innermost host call (printflush) began.
var hostCallDeferring, hostCallRecovering int32

// panicClear forgets a panic that trapped in a call the host made while inside an outer call
// (a print sink calling back into the module): the outer call's state is what it was when it
// called the host. (gomethod_reset would also reset the outer call's stack.)
func panicClear() {
	chainLen = 0
	panicReset()
	panicValueSet = false
	deferring = hostCallDeferring
	recovering = hostCallRecovering
}

// hostReset forgets every panic and deferral state after the host caught a trap.
func hostReset() {
	chainLen = 0
	panicReset()
	panicValueSet = false
	deferPanicking = false
	deferCallSp = 0
	deferring = 0
	recovering = 0
	gcRunning = false
	markTop = 0
}

// deferEnter and deferLeave bracket the body of a function with deferred calls.
func deferEnter() { deferring++ }
func deferLeave() { deferring-- }

// setPanicValue records the value passed to panic, for recover.
func setPanicValue(code int32, data unsafe.Pointer) {
	panicValueCode = code
	panicValueData = data
	panicValueSet = true
}

// deferModeBegin tells whether the frame about to run its deferred calls is panicking; it returns
// the previous mode for deferModeEnd.
func deferModeBegin(panicking bool) bool {
	old := deferPanicking
	deferPanicking = panicking
	return old
}

func deferModeEnd(old bool) { deferPanicking = old }

// panicBeginDefers and panicEndDefers bracket running deferred calls during a panic; the
// latter reports whether the panic is still going (nobody recovered).
func panicBeginDefers() {
	if curPanicKind == panicKindExit {
		// A host whose exit unwinds (node:wasi's proc_exit throws) reached a function with
		// deferred calls: they must not run, so exit again from here.
		hostExit(exitStatus)
		abort()
	}
	recovering++
}
func panicEndDefers() bool {
	recovering--
	return curPanicKind == panicKindPanic
}

// canRecover reports whether recover() would stop a panic now.
func canRecover() bool {
	return curPanicKind == panicKindPanic && recovering > 0
}

// Go's recover stops a panic only when called directly by a deferred function. The compiler
// identifies a function by its stack pointer on entry: a deferred call's thunk records the stack
// pointer it calls with, and recover() passes its function's entry stack pointer (functions that
// call recover, and deferred function literals and functions, always have a frame, so a helper
// they call starts below that).
var deferCallSp uintptr

// deferCallBegin records sp for the deferred call about to be made and returns the previous
// value, which deferCallEnd restores (deferred calls nest).
func deferCallBegin(sp uintptr) uintptr {
	old := deferCallSp
	if deferPanicking {
		deferCallSp = sp
	} else {
		deferCallSp = 0 // no function's entry stack pointer: recover() returns nil
	}
	return old
}

func deferCallEnd(old uintptr) { deferCallSp = old }

// canRecoverAt is canRecover for a function whose stack pointer on entry was entrySp.
func canRecoverAt(entrySp uintptr) bool {
	return canRecover() && entrySp == deferCallSp
}

// recovered stops the current panic and returns its value (code 0: a runtime error, whose
// message the compiler wraps).
func recovered() (code int32, data unsafe.Pointer) {
	code, data = panicValueCode, panicValueData
	chainPush(true) // stays in a crash report until the recovering deferred call returns
	panicReset()
	return code, data
}

// runtimeError is the value recover() returns for the runtime's own panics.
type runtimeError struct {
	msg string
}

func (e *runtimeError) Error() string { return e.msg }

// RuntimeError marks it as a runtime.Error, as Go's run-time panics are.
func (e *runtimeError) RuntimeError() {}

// recoveredMessage is the message of the panic being recovered, for a runtimeError.
func recoveredMessage() string {
	return mkstring(curPanicData, int(curPanicLen))
}

var exitStatus int32 // os.Exit's code, once exit was called

// exit ends the program with the given status (os.Exit): print output is flushed and no deferred
// call runs. It traps like a fatal error (a trap cannot be caught by functions with deferred
// calls); the host reads the status from the message.
func exit(code int32) {
	exitStatus = code
	printflush()
	panicBufLen = 0
	bufString("exit status ")
	bufInt(int64(code), true)
	curPanicKind = panicKindExit
	curPanicData = unsafe.Pointer(&panicBuf[0])
	curPanicLen = int32(panicBufLen)
	hostExit(code)
	abort()
}

func raiseBuf(kind int32) {
	raise(kind, unsafe.Pointer(&panicBuf[0]), panicBufLen)
}

// bufByte appends c to panicBuf, silently truncating an overlong message.
func bufByte(c byte) {
	if panicBufLen < len(panicBuf) {
		panicBuf[panicBufLen] = c
		panicBufLen++
	}
}

func bufString(s string) {
	for i := 0; i < len(s); i++ {
		bufByte(s[i])
	}
}

// bufInt appends v in decimal; v is read as unsigned unless signed is set.
func bufInt(v int64, signed bool) {
	u := uint64(v)
	if signed && v < 0 {
		bufByte('-')
		u = uint64(-v) // also right for the most negative v, whose negation wraps to itself
	}
	for i := formatUint(u); i < len(numBuf); i++ {
		bufByte(numBuf[i])
	}
}

func panicDivide() { gopanic("runtime error: integer divide by zero") }
func panicShift()  { gopanic("runtime error: negative shift amount") }
func panicNil()    { gopanic("runtime error: invalid memory address or nil pointer dereference") }

func panicMakeSliceLen() { gopanic("runtime error: makeslice: len out of range") }
func panicMakeSliceCap() { gopanic("runtime error: makeslice: cap out of range") }

// Bounds failures, as Go's boundsError codes. For each check there is a signed entry point
// (the index has a signed type) and an unsigned one (suffix U), as in Go's runtime.
const (
	boundsIndex      = iota // s[x]: 0 <= x < len(s) failed
	boundsSliceAlen         // s[?:x]: 0 <= x <= len(s) failed
	boundsSliceAcap         // s[?:x]: 0 <= x <= cap(s) failed
	boundsSliceB            // s[x:y]: 0 <= x <= y failed
	boundsSlice3Alen        // s[?:?:x]: 0 <= x <= len(s) failed
	boundsSlice3Acap        // s[?:?:x]: 0 <= x <= cap(s) failed
	boundsSlice3B           // s[?:x:y]: 0 <= x <= y failed
	boundsSlice3C           // s[x:y:?]: 0 <= x <= y failed
	boundsConvert           // (*[x]T)(s): 0 <= x <= len(s) failed
)

func panicIndex(x int, y int)        { panicBounds(boundsIndex, int64(x), true, y) }
func panicIndexU(x uint, y int)      { panicBounds(boundsIndex, int64(x), false, y) }
func panicSliceAlen(x int, y int)    { panicBounds(boundsSliceAlen, int64(x), true, y) }
func panicSliceAlenU(x uint, y int)  { panicBounds(boundsSliceAlen, int64(x), false, y) }
func panicSliceAcap(x int, y int)    { panicBounds(boundsSliceAcap, int64(x), true, y) }
func panicSliceAcapU(x uint, y int)  { panicBounds(boundsSliceAcap, int64(x), false, y) }
func panicSliceB(x int, y int)       { panicBounds(boundsSliceB, int64(x), true, y) }
func panicSliceBU(x uint, y int)     { panicBounds(boundsSliceB, int64(x), false, y) }
func panicSlice3Alen(x int, y int)   { panicBounds(boundsSlice3Alen, int64(x), true, y) }
func panicSlice3AlenU(x uint, y int) { panicBounds(boundsSlice3Alen, int64(x), false, y) }
func panicSlice3Acap(x int, y int)   { panicBounds(boundsSlice3Acap, int64(x), true, y) }
func panicSlice3AcapU(x uint, y int) { panicBounds(boundsSlice3Acap, int64(x), false, y) }
func panicSlice3B(x int, y int)      { panicBounds(boundsSlice3B, int64(x), true, y) }
func panicSlice3BU(x uint, y int)    { panicBounds(boundsSlice3B, int64(x), false, y) }
func panicSlice3C(x int, y int)      { panicBounds(boundsSlice3C, int64(x), true, y) }
func panicSlice3CU(x uint, y int)    { panicBounds(boundsSlice3C, int64(x), false, y) }

// panicSliceConvert: converting a slice of length y to a pointer to an array of length x.
func panicSliceConvert(x int, y int) { panicBounds(boundsConvert, int64(x), true, y) }

// boundsFormat returns Go's message template for a bounds failure; %x and %y stand for the
// operands. A negative x is reported without y.
func boundsFormat(code int, negative bool) string {
	if negative {
		switch code {
		case boundsIndex:
			return "index out of range [%x]"
		case boundsSliceAlen, boundsSliceAcap:
			return "slice bounds out of range [:%x]"
		case boundsSliceB:
			return "slice bounds out of range [%x:]"
		case boundsSlice3Alen, boundsSlice3Acap:
			return "slice bounds out of range [::%x]"
		case boundsSlice3B:
			return "slice bounds out of range [:%x:]"
		case boundsSlice3C:
			return "slice bounds out of range [%x::]"
		}
	}
	switch code {
	case boundsIndex:
		return "index out of range [%x] with length %y"
	case boundsSliceAlen:
		return "slice bounds out of range [:%x] with length %y"
	case boundsSliceAcap:
		return "slice bounds out of range [:%x] with capacity %y"
	case boundsSliceB:
		return "slice bounds out of range [%x:%y]"
	case boundsSlice3Alen:
		return "slice bounds out of range [::%x] with length %y"
	case boundsSlice3Acap:
		return "slice bounds out of range [::%x] with capacity %y"
	case boundsSlice3B:
		return "slice bounds out of range [:%x:%y]"
	case boundsSlice3C:
		return "slice bounds out of range [%x:%y:]"
	}
	return "cannot convert slice with length %y to pointer to array with length %x"
}

func panicBounds(code int, x int64, signed bool, y int) {
	f := boundsFormat(code, signed && x < 0)
	panicBufLen = 0
	bufString("runtime error: ")
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' {
			bufByte(c)
			continue
		}
		i++
		if f[i] == 'x' {
			bufInt(x, signed)
		} else {
			bufInt(int64(y), true)
		}
	}
	raiseBuf(panicKindPanic)
}

// intPanicMessage formats v (an integer passed to panic) into the panic buffer and returns it as
// a string (valid until the next formatted panic message).
func intPanicMessage(v int64, signed bool) string {
	panicBufLen = 0
	bufInt(v, signed)
	return mkstring(unsafe.Pointer(&panicBuf[0]), panicBufLen)
}

// The panic chain of a crash report. Go prints the panics still in progress, oldest first:
// "panic: A [recovered]\n\tpanic: B". A panic stays in the chain while a deferred call that is
// handling it runs: it was replaced by a newer panic (aborted), or recovered by a deferred call
// that then panicked again. chainText holds the finished lines of the older panics.
var (
	chainText [1024]byte
	chainLen  int
)

// chainPush appends the current panic's line to the chain (as Go would print it).
func chainPush(recoveredFlag bool) {
	chainAppend("panic: ")
	n := int(curPanicLen)
	for i := 0; i < n; i++ {
		chainByte(*(*byte)(add(curPanicData, uintptr(i))))
	}
	if recoveredFlag {
		chainAppend(" [recovered]")
	}
	chainAppend("\n\t")
}

func chainAppend(s string) {
	for i := 0; i < len(s); i++ {
		chainByte(s[i])
	}
}

func chainByte(c byte) {
	if chainLen < len(chainText) {
		chainText[chainLen] = c
		chainLen++
	}
}

// panicChain returns the lines the host prints before "panic: " + the current message.
func panicChain() (p unsafe.Pointer, n int32) {
	return unsafe.Pointer(&chainText[0]), int32(chainLen)
}

// deferCallDone runs after a deferred call returned normally: once no panic is in progress,
// the chain is over.
func deferCallDone() {
	if curPanicKind != panicKindPanic {
		chainLen = 0
	}
}
