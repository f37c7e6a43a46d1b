package main

type Acc struct {
	total int
	hist  []int
}

func (a Acc) ValAdder() func(int) int {
	return func(n int) int {
		a.total += n
		return a.total
	}
}

func (a *Acc) PtrAdder() func(int) int {
	return func(n int) int {
		a.total += n
		a.hist = append(a.hist, n)
		return a.total
	}
}

func (a *Acc) Each(f func(i, v int)) {
	for i, v := range a.hist {
		f(i, v)
	}
}

type Temp float64

func (t Temp) Above() func(Temp) bool {
	return func(x Temp) bool { return x > t }
}

func main() {
	a := Acc{total: 10}
	va := a.ValAdder()
	println(va(1), va(2), a.total)
	pa := a.PtrAdder()
	println(pa(5), pa(6), a.total)
	va2 := a.ValAdder()
	a.total = 0
	println(va2(1), va(0))
	sum := 0
	a.Each(func(i, v int) { sum += i * v })
	println(sum, len(a.hist))

	b := &Acc{}
	adders := []func(int) int{b.PtrAdder(), b.PtrAdder(), b.ValAdder()}
	for i, f := range adders {
		println(i, f(10))
	}
	println(b.total)

	hot := Temp(30).Above()
	cold := Temp(0).Above()
	temps := []Temp{-5, 10, 35}
	for _, t := range temps {
		println(hot(t), cold(t))
	}
	bound := a.PtrAdder
	f := bound()
	f(100)
	println(a.total)
}
