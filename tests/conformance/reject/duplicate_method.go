package main

type T struct{}

func (T) M()  {}
func (T) M() {} // ERROR "(T.M redeclared in this block|method T.M already declared)"

func main() {
}
