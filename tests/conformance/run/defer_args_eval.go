package main

type Point struct{ X, Y int }

func show(label string, v int) {
	println(label, v)
}

func showPoint(p Point) {
	println("point", p.X, p.Y)
}

func showSlice(s []int) {
	println("slice", len(s), s[0])
}

func next(c *int) int {
	*c = *c + 1
	println("evaluating next ->", *c)
	return *c
}

func main() {
	i := 10
	defer show("i at defer time", i)
	i = 20
	defer show("i later", i)
	i = 30

	p := Point{1, 2}
	defer showPoint(p)
	p.X = 100

	s := []int{7, 8, 9}
	defer showSlice(s)
	s[0] = 70

	counter := 0
	defer show("counter", next(&counter))
	defer show("counter again", next(&counter))
	println("counter now", counter)

	f := func(tag string) { println("first func", tag) }
	defer f("bound early")
	f = func(tag string) { println("second func", tag) }
	f("direct")
	println("end of main", i, p.X)
}
