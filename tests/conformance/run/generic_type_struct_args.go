package main

// Generic types instantiated with struct types (named, anonymous, nested) and value copy semantics.

type Box[T any] struct {
	v T
}

func (b *Box[T]) Update(f func(*T)) { f(&b.v) }
func (b Box[T]) Get() T             { return b.v }

type Point struct{ X, Y int }

type Person struct {
	Name string
	Age  int
	Home Point
}

func main() {
	bp := Box[Point]{Point{1, 2}}
	bp.Update(func(p *Point) { p.X *= 10 })
	println(bp.v.X, bp.v.Y, bp.Get().X)

	got := bp.Get()
	got.Y = 99 // copy
	println(bp.v.Y, got.Y)

	people := Box[[]Person]{}
	people.Update(func(ps *[]Person) {
		*ps = append(*ps, Person{"ann", 30, Point{0, 0}}, Person{Name: "bob", Age: 25})
	})
	people.Update(func(ps *[]Person) { (*ps)[1].Home.X = 7 })
	for _, p := range people.Get() {
		println(p.Name, p.Age, p.Home.X)
	}

	anon := Box[struct {
		a int
		b string
	}]{}
	anon.v.a = 5
	anon.v.b = "five"
	println(anon.Get().a, anon.Get().b)

	b2 := bp // struct copy of an instance containing a struct
	b2.v.X = -1
	println(bp.v.X, b2.v.X)

	type Pair struct {
		l, r Box[Point]
	}
	var pr Pair
	pr.l.Update(func(p *Point) { p.X, p.Y = 3, 4 })
	pr.r = pr.l
	pr.r.v.Y = 40
	println(pr.l.v.X, pr.l.v.Y, pr.r.v.X, pr.r.v.Y)

	ptr := &Box[Person]{Person{Name: "cy"}}
	ptr.Update(func(p *Person) { p.Age++; p.Home = Point{5, 6} })
	println(ptr.v.Name, ptr.v.Age, ptr.Get().Home.Y)
}
