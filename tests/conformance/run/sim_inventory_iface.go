package main

type Priced interface {
	Price() int
	Name() string
}

type Book struct {
	title string
	cents int
}

func (b Book) Price() int   { return b.cents }
func (b Book) Name() string { return "book:" + b.title }

type Bundle struct {
	label string
	items []Priced
}

func (b *Bundle) Price() int {
	total := 0
	for _, it := range b.items {
		total += it.Price()
	}
	return total * 9 / 10
}

func (b *Bundle) Name() string { return "bundle:" + b.label }

type Discounted struct {
	Priced
	pct int
}

func sortByPrice(xs []Priced) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Price() < xs[j-1].Price(); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func main() {
	a := Book{"go", 3000}
	b := Book{"wasm", 2500}
	c := Book{"c++", 4000}
	bundle := &Bundle{"starter", []Priced{a, b}}
	big := &Bundle{"mega", []Priced{bundle, c}}
	cart := []Priced{c, bundle, a, big, b}
	sortByPrice(cart)
	sum := 0
	for _, p := range cart {
		println(p.Name(), p.Price())
		sum += p.Price()
	}
	println("total", sum)
	d := Discounted{a, 20}
	println(d.Priced.Name(), d.Priced.Price()*(100-d.pct)/100)
}
