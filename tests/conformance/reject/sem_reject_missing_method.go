package main

type Reader interface{ Read() string }
type ReadCloser interface {
	Reader
	Close()
}

type R struct{}

func (R) Read() string { return "" }
func (R) close()       {}

type Lower struct{}

func (Lower) read() string { return "" }

func main() {
	var rc ReadCloser = R{} // ERROR "R does not implement ReadCloser \((missing Close method|missing method Close)\)"
	var r Reader = Lower{}  // ERROR "Lower does not implement Reader \((missing Read method|missing method Read)\)"
	var x any = R{}
	var rr Reader = x // ERROR "cannot use x \(variable of type (any|interface\{\})\) as (type Reader|Reader value) in variable declaration"
	_, _, _ = rc, r, rr
}
