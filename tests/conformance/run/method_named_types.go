package main

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Bits uint8

func (b Bits) Has(f Bits) bool { return b&f != 0 }
func (b *Bits) Set(f Bits)     { *b |= f }

type Name string

func (n Name) Greet() string { return "hi " + string(n) }

func main() {
	println(Celsius(100).ToF(), Fahrenheit(212).ToC())
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	println(l.Sum(), len(l))
	var b Bits
	b.Set(4)
	println(b.Has(4), b.Has(2), b)
	println(Name("go").Greet())
	type Local int
	var x Local = 3
	println(x + 1)
}
