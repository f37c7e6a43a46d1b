package runtime

import "unsafe"

// Weak handles: host resources (the js target's JS values) that a Go object stands for, released
// once the collector finds the object unreachable. The table holds (object address, handle)
// pairs in memory the collector never scans, so it keeps nothing alive. Without the collector
// (gc: "leaking") nothing is ever released.
var (
	weakTable        unsafe.Pointer // weakLen pairs of uint32
	weakLen, weakCap uintptr
	deadHandles      unsafe.Pointer // deadLen uint32s; room for weakCap, so sweeping never allocates
	deadLen          uintptr
)

// weakRegister ties handle to the life of the object at obj.
func weakRegister(obj unsafe.Pointer, handle uint32) {
	if weakLen == weakCap {
		c := 2 * weakCap
		if c < 64 {
			c = 64
		}
		table := allocNoscan(8 * c)
		memmove(table, weakTable, 8*weakLen)
		dead := allocNoscan(4 * c)
		memmove(dead, deadHandles, 4*deadLen)
		weakTable, deadHandles, weakCap = table, dead, c
	}
	p := add(weakTable, 8*weakLen)
	*(*uint32)(p) = uint32(uintptr(obj))
	*(*uint32)(add(p, 4)) = handle
	weakLen++
}

// weakSweep runs after marking: the handles of unmarked objects move to the dead list.
func weakSweep() {
	kept := uintptr(0)
	for i := uintptr(0); i < weakLen; i++ {
		p := add(weakTable, 8*i)
		obj := uintptr(*(*uint32)(p))
		if s, k := findObject(obj); s != nil && hasBit(markBits(s), k) {
			*(*uint64)(add(weakTable, 8*kept)) = *(*uint64)(p)
			kept++
		} else {
			*(*uint32)(add(deadHandles, 4*deadLen)) = *(*uint32)(add(p, 4))
			deadLen++
		}
	}
	weakLen = kept
}

// weakDead returns the handles whose objects were collected and forgets them.
func weakDead() (p unsafe.Pointer, n int32) {
	p, n = deadHandles, int32(deadLen)
	deadLen = 0
	return p, n
}

// weakDeadCount is how many handles wait to be released.
func weakDeadCount() int32 { return int32(deadLen) }

// The js target's callbacks (syscall/js.FuncOf): the host calls them through the
// gomethod_js_callback export with the callback's id, the handle of `this` and the number of
// arguments (the js package asks the host for each). Ids are never reused, as in Go's syscall/js:
// a JS function whose callback was released must not reach a newer one.
var (
	jsFuncs                unsafe.Pointer // jsFuncsLen func values; nil once released
	jsFuncsLen, jsFuncsCap uintptr
	jsFuncSizeZero         func(this, argc int32) int32
)

func jsRegisterFunc(f func(this, argc int32) int32) int32 {
	size := unsafe.Sizeof(jsFuncSizeZero)
	if jsFuncsLen == jsFuncsCap {
		c := 2 * jsFuncsCap
		if c < 16 {
			c = 16
		}
		table := alloc(c * size)
		memmove(table, jsFuncs, jsFuncsLen*size)
		jsFuncs, jsFuncsCap = table, c
	}
	id := jsFuncsLen
	*(*func(this, argc int32) int32)(add(jsFuncs, id*size)) = f
	jsFuncsLen++
	return int32(id)
}

func jsReleaseFunc(id int32) {
	if uintptr(id) < jsFuncsLen {
		*(*func(this, argc int32) int32)(add(jsFuncs, uintptr(id)*unsafe.Sizeof(jsFuncSizeZero))) = nil
	}
}

// jsCallback is exported as gomethod_js_callback; it returns the handle of the result.
func jsCallback(id, this, argc int32) int32 {
	if uintptr(id) >= jsFuncsLen {
		gopanic("syscall/js: call to released function")
	}
	f := *(*func(this, argc int32) int32)(add(jsFuncs, uintptr(id)*unsafe.Sizeof(jsFuncSizeZero)))
	if f == nil {
		gopanic("syscall/js: call to released function")
	}
	return f(this, argc)
}
