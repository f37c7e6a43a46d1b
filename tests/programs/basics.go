package main

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

type Celsius float64

func (c Celsius) Fahrenheit() Celsius { return c*9/5 + 32 }

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	p := Point{1, 2}
	q := p.Add(Point{X: 10, Y: 20})
	q.Scale(2)
	println(q.X, q.Y)
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	println(len(s), cap(s), sum(s))
	name := "go" + "pher"
	greeting := "hello, " + name
	println(greeting, len(greeting))
	for i, r := range "héllo" {
		println(i, r)
	}
	b := []byte(greeting)
	b[0] = 'H'
	println(string(b))
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	println(arr[0], arr2[0], arr == arr2)
	c := Celsius(100)
	println(c.Fahrenheit() == 212)
	var pp *Point = &p
	pp.Scale(3)
	println(p.X, p.Y)
	sub := s[2:5]
	println(len(sub), cap(sub), sub[0])
	println(greeting[7:], greeting < name)
	x := s[20]
	println(x)
}
