package main

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{}

func (d Dog) Sound() string  { return d.name + " woof" }
func (c *Cat) Sound() string { return "meow" }

func main() {
	var a Animal = Dog{"rex"}
	d, ok := a.(Dog)
	println(d.name, ok)
	c, ok := a.(*Cat)
	println(c == nil, ok)
	a = &Cat{}
	_, ok = a.(Dog)
	println(ok)
	cp := a.(*Cat)
	println(cp.Sound())
	var x any = 42
	n, ok := x.(int)
	println(n, ok)
	s, ok := x.(string)
	println(s == "", ok)
	x = "str"
	println(x.(string))
	_, ok = x.(Animal)
	println(ok)
	var anyA any = Dog{"fido"}
	an, ok := anyA.(Animal)
	println(an.Sound(), ok)
	var nilI any
	_, ok = nilI.(int)
	println(ok)
}
