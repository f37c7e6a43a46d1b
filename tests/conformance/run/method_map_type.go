package main

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) { inv[item] += n }

func (inv Inventory) Remove(item string, n int) bool {
	have := inv[item]
	if have < n {
		return false
	}
	if have == n {
		delete(inv, item)
	} else {
		inv[item] = have - n
	}
	return true
}

func (inv Inventory) Total() int {
	t := 0
	for _, n := range inv {
		t += n
	}
	return t
}

type Registry struct {
	inv Inventory
}

func (r *Registry) Ensure() Inventory {
	if r.inv == nil {
		r.inv = Inventory{}
	}
	return r.inv
}

func main() {
	inv := Inventory{}
	inv.Add("apple", 5)
	inv.Add("pear", 2)
	inv.Add("apple", 3)
	println(inv["apple"], inv.Total(), len(inv))
	println(inv.Remove("pear", 5), inv.Remove("pear", 2), len(inv))
	println(inv.Remove("apple", 1), inv["apple"])
	alias := inv
	alias.Add("fig", 10)
	println(inv.Total(), len(inv))
	var r Registry
	r.Ensure().Add("bolt", 4)
	r.Ensure().Add("nut", 6)
	println(r.inv.Total(), len(r.inv))
	var nilInv Inventory
	println(nilInv.Total(), nilInv.Remove("x", 0))
}
