package main

import "errors"

var ErrInsufficient = errors.New("insufficient funds")
var ErrInvalid = errors.New("invalid amount")

type Account struct {
	owner   string
	balance int64
	log     []string
}

func (a *Account) Deposit(amt int64) error {
	if amt <= 0 {
		return ErrInvalid
	}
	a.balance += amt
	a.log = append(a.log, "dep")
	return nil
}

func (a *Account) Withdraw(amt int64) error {
	if amt <= 0 {
		return ErrInvalid
	}
	if amt > a.balance {
		return ErrInsufficient
	}
	a.balance -= amt
	a.log = append(a.log, "wd")
	return nil
}

type Bank struct{ accounts map[string]*Account }

func (b *Bank) Open(name string) *Account {
	acc := &Account{owner: name}
	b.accounts[name] = acc
	return acc
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	src, ok1 := b.accounts[from]
	dst, ok2 := b.accounts[to]
	if !ok1 || !ok2 {
		return errors.New("no such account")
	}
	defer func() {
		if err != nil {
			src.log = append(src.log, "failed transfer")
		}
	}()
	if err = src.Withdraw(amt); err != nil {
		return err
	}
	return dst.Deposit(amt)
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	ann := bank.Open("ann")
	bob := bank.Open("bob")
	println(ann.Deposit(100) == nil, ann.Deposit(-5) == ErrInvalid)
	println(bank.Transfer("ann", "bob", 30) == nil)
	err := bank.Transfer("bob", "ann", 50)
	println(err.Error(), err == ErrInsufficient)
	println(bank.Transfer("ann", "zed", 1).Error())
	println(ann.balance, bob.balance, ann.balance+bob.balance)
	println(bob.Withdraw(30) == nil, bob.balance)
	for _, acc := range []*Account{ann, bob} {
		print(acc.owner, ":")
		for _, l := range acc.log {
			print(" ", l)
		}
		println()
	}
}
