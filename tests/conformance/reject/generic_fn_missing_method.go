package main

type Stringer interface {
	String() string
}

func Show[T Stringer](x T) string { return x.String() }

type Name string

func (n Name) String() string { return string(n) }

type Person struct{ name string }

func (p *Person) String() string { return p.name }

type Labeled interface {
	~int
	Label() string
}

func Lab[T Labeled](x T) string { return x.Label() }

type Code int

func main() {
	println(Show(Name("ok")))
	println(Show(42))          // ERROR "int does not implement Stringer \((missing String method|missing method String)\)"
	println(Show(Person{"p"})) // ERROR "Person does not implement Stringer \((String method|method String) has pointer receiver\)"
	println(Lab(Code(1)))      // ERROR "Code does not implement Labeled \((missing Label method|missing method Label)\)"
}
