package main

type Account struct {
	Deposit  func(int)
	Withdraw func(int) bool
	Balance  func() int
	History  func() []int
}

func NewAccount(initial int) Account {
	bal := initial
	var hist []int
	record := func(d int) {
		hist = append(hist, d)
	}
	return Account{
		Deposit: func(n int) {
			bal += n
			record(n)
		},
		Withdraw: func(n int) bool {
			if n > bal {
				return false
			}
			bal -= n
			record(-n)
			return true
		},
		Balance: func() int { return bal },
		History: func() []int { return hist },
	}
}

func levels() func() func() int {
	a := 1
	return func() func() int {
		b := 10
		a++
		return func() int {
			a += 100
			b++
			return a*1000 + b
		}
	}
}

func main() {
	acc := NewAccount(100)
	acc.Deposit(50)
	println(acc.Withdraw(500), acc.Withdraw(30), acc.Balance())
	other := NewAccount(1)
	other.Deposit(1)
	println(acc.Balance(), other.Balance(), len(acc.History()), len(other.History()))
	copyAcc := acc
	copyAcc.Deposit(1000)
	println(acc.Balance())
	h := acc.History()
	println(h[0], h[1], h[2])

	mk := levels()
	f1 := mk()
	f2 := mk()
	println(f1(), f2(), f1())

	x := 0
	fns := map[string]func(){}
	fns["inc"] = func() { x++ }
	fns["dbl"] = func() { x *= 2 }
	fns["both"] = func() {
		fns["inc"]()
		fns["dbl"]()
	}
	for _, k := range []string{"inc", "both", "both", "dbl"} {
		fns[k]()
	}
	println(x)
	fns["inc"] = func() { x-- }
	fns["both"]()
	println(x)
}
