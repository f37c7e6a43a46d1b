package main

type Vec struct{ X, Y float64 }

func (v Vec) Add(w Vec) Vec      { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) Dot(w Vec) float64  { return v.X*w.X + v.Y*w.Y }
func (v *Vec) Scale(k float64)   { v.X *= k; v.Y *= k }
func (v *Vec) Reset()            { *v = Vec{} }

type Particle struct {
	Pos, Vel Vec
	Mass     float64
	Tags     [2]string
}

func (p *Particle) Step(dt float64) {
	d := p.Vel
	d.Scale(dt)
	p.Pos = p.Pos.Add(d)
}

type Counter int

func (c *Counter) Inc()     { *c++ }
func (c Counter) Twice() int { return int(c) * 2 }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

func newParticle(x, y float64) *Particle {
	return &Particle{Pos: Vec{x, y}, Vel: Vec{1, 2}, Mass: 1}
}

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	p := newParticle(0, 0)
	for i := 0; i < 10; i++ {
		p.Step(0.5)
	}
	println(p.Pos.X, p.Pos.Y, p.Mass)
	q := *p
	q.Pos.X = -1
	println(p.Pos.X, q.Pos.X, p.Pos == q.Pos, p.Vel == q.Vel)
	v := Vec{3, 4}
	v.Scale(2)
	println(v.X, v.Y, v.Dot(Vec{1, 1}))
	v.Reset()
	println(v.X, v.Y)
	var c Counter
	c.Inc()
	c.Inc()
	println(c, c.Twice())
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * 10)
	}
	println(s.Len(), s.Pop(), s.Pop(), s.Len())
	x, y := 1, 2
	swap(&x, &y)
	println(x, y)
	arr := [3]Vec{{1, 1}, {2, 2}}
	pa := &arr[1]
	pa.Scale(10)
	println(arr[1].X, arr[2].X)
	p.Tags[0] = "fast"
	t := p.Tags
	t[1] = "copy"
	println(p.Tags[0], p.Tags[1] == "", t[1])
	ptrs := []*Vec{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &Vec{float64(i), 0})
	}
	println(ptrs[2].X, ptrs[0] != ptrs[1])
	var np *Vec
	println(np == nil)
}
