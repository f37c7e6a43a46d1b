package main

type T struct{ n int }

type Fn func()

func main() {
	t := T{1}
	_ = t.(T) // ERROR "invalid operation: t \(variable of type T\) is not an interface"
	p := &t
	_, ok := p.(*T) // ERROR "invalid operation: p \(variable of type \*T\) is not an interface"
	var f Fn
	switch f.(type) { // ERROR "f \(variable of type Fn\) is not an interface"
	}
	_ = ok
}
