package main

type Account struct {
	Owner   string
	Balance int
	Tags    []string
}

func (a Account) Describe() string { return a.Owner + ":" + string(rune('0'+a.Balance%10)) }

func (a *Account) Deposit(n int) { a.Balance += n }

func main() {
	m := map[string]Account{"ann": {"Ann", 5, nil}}
	// reading a field of a struct value is fine
	println(m["ann"].Owner, m["ann"].Balance, m["bob"].Owner == "", m["bob"].Balance)

	// to modify, copy out, change, store back
	a := m["ann"]
	a.Balance += 10
	println(m["ann"].Balance)
	m["ann"] = a
	println(m["ann"].Balance)

	// value-receiver method on a map element
	println(m["ann"].Describe())

	// pointer-receiver methods need an addressable copy
	b := m["ann"]
	b.Deposit(100)
	println(b.Balance, m["ann"].Balance)

	// slice fields inside struct values share their backing array
	m["ann"] = Account{"Ann", 1, make([]string, 2)}
	m["ann"].Tags[0] = "vip"
	println(m["ann"].Tags[0], len(m["ann"].Tags))

	// map of pointers allows direct field assignment
	pm := map[string]*Account{"cy": {Owner: "Cy"}}
	pm["cy"].Balance = 7
	pm["cy"].Balance++
	pm["cy"].Deposit(2)
	println(pm["cy"].Balance, pm["cy"].Describe())

	// nested struct field read through map
	type Wrapper struct {
		In struct{ N, M int }
	}
	wm := map[int]Wrapper{}
	var w Wrapper
	w.In.N = 3
	w.In.M = 4
	wm[1] = w
	println(wm[1].In.N*wm[1].In.M, wm[2].In.N)

	// struct values compared after reading
	type P struct{ X, Y int }
	ps := map[string]P{"o": {}, "x": {1, 0}}
	println(ps["o"] == P{}, ps["x"] == P{1, 0}, ps["nope"] == ps["o"])

	// struct copy semantics on store
	orig := P{1, 2}
	ps["c"] = orig
	orig.X = 100
	println(ps["c"].X)
}
