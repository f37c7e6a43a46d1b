package main

type Account struct {
	owner   string
	balance int
	history []int
}

type Pos struct{ x, y int }

func main() {
	accts := map[int]Account{
		1: {"ann", 100, nil},
		2: {"bob", 50, nil},
	}
	a := accts[1]
	a.balance += 25
	a.history = append(a.history, 25)
	println(accts[1].balance, a.balance)
	accts[1] = a
	println(accts[1].balance, len(accts[1].history))
	missing := accts[9]
	println(missing.owner == "", missing.balance, missing.history == nil)

	ptrs := map[string]*Account{"c": {owner: "cid"}}
	ptrs["c"].balance += 70
	ptrs["c"].history = append(ptrs["c"].history, 70)
	println(ptrs["c"].balance, len(ptrs["c"].history))

	grid := map[Pos]string{}
	grid[Pos{0, 0}] = "origin"
	grid[Pos{1, 2}] = "tree"
	grid[Pos{1, 2}] += "house"
	println(grid[Pos{1, 2}], len(grid), grid[Pos{2, 1}] == "")
	_, ok := grid[Pos{0, 0}]
	println(ok)
	arrKeys := map[[2]int]int{}
	for i := 0; i < 4; i++ {
		arrKeys[[2]int{i % 2, i / 2}] += i
	}
	println(len(arrKeys), arrKeys[[2]int{1, 1}], arrKeys[[2]int{0, 0}])
	total := 0
	for _, acc := range accts {
		total += acc.balance
	}
	println(total)
}
