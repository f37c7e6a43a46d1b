package os

// Exit ends the program with the given status. Deferred calls do not run; print output is
// flushed.
func Exit(code int) { exit(int32(code)) }

// exit is the runtime's (declared without a body: the compiler calls runtime.exit).
func exit(code int32)
