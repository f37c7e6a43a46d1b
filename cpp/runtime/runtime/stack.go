package runtime

// panicStackOverflow is called by a function's prologue when its frame would not fit on the
// shadow stack (deep recursion). Go reports this as a fatal error, not a panic.
func panicStackOverflow() {
	gothrow("stack overflow")
}
