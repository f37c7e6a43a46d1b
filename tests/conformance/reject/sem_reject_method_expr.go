package main

type T struct{}

func (t *T) Ptr() {}
func (t T) Val()  {}

type I interface{ M() }

func main() {
	_ = T.Ptr // ERROR "cannot call pointer method Ptr on T|invalid method expression T.Ptr \(needs pointer receiver \(\*T\).Ptr\)"
	_ = (*T).Val
	_ = T.Missing // ERROR "T.Missing undefined \(type T has no (field or )?method Missing\)"
	_ = I.N       // ERROR "I.N undefined \(type I has no (field or )?method N\)"
	f := T.Val
	f(&T{}) // ERROR "cannot use &T\{.*\} \(value of type \*T\) as (type T|T value) in argument to f"
}
