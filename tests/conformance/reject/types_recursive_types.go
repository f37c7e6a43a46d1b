package main

type A B // ERROR "invalid recursive type A"
type B A

type C struct{ d D } // ERROR "invalid recursive type C"
type D C

type E E // ERROR "invalid recursive type E"

type X struct{ y Y } // ERROR "invalid recursive type X"
type Y struct{ x X }

func main() {}
