package main

type Acc struct{ total int }

func (a *Acc) Add(n int) int {
	a.total += n
	return a.total
}

func (a Acc) Total() int { return a.total }

type Op func(int) int

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	a := &Acc{}
	add := a.Add
	add(1)
	add(2)
	println(a.total, apply(add, 10))
	tot := a.Total
	a.Add(100)
	println(tot(), a.Total())
	addExpr := (*Acc).Add
	println(addExpr(a, 1))
	totExpr := Acc.Total
	println(totExpr(*a))
	ptrTot := (*Acc).Total
	println(ptrTot(a))
	var b Acc
	bAdd := b.Add
	bAdd(5)
	println(b.total)
	fs := []func(int) int{a.Add, b.Add}
	for _, f := range fs {
		println(f(1000))
	}
	var op Op = a.Add
	println(op(0))
}
