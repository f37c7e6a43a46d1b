package main

func (n int) Double() int { return n * 2 } // ERROR "cannot define new methods on non-local type int"

func (e error) Twice() string { return "" } // ERROR "cannot define new methods on non-local type error"

type P *int

func (p P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

type I interface{ M() }

func (i I) N() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func main() {}
