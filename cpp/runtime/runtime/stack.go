package runtime

// panicStackOverflow is called by a function's prologue when its frame would not fit on the
// shadow stack (deep recursion). Go reports this as a fatal error, not a panic. It records a
// constant message directly (not through gothrow's formatting) so that every module with a
// stack frame stays small.
func panicStackOverflow() {
	msg := "fatal error: stack overflow"
	raise(panicKindFatal, stringData(msg), len(msg))
}
