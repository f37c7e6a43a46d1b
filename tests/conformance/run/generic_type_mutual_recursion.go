package main

// Mutually recursive generic types: Graph[T] -> *Vertex[T] -> []*Edge[T] -> *Vertex[T].

type Vertex[T any] struct {
	val   T
	edges []*Edge[T]
}

type Edge[T any] struct {
	to     *Vertex[T]
	weight int
}

type Graph[T any] struct{ vs []*Vertex[T] }

func (g *Graph[T]) Add(v T) *Vertex[T] {
	vx := &Vertex[T]{val: v}
	g.vs = append(g.vs, vx)
	return vx
}

func (v *Vertex[T]) Link(to *Vertex[T], w int) { v.edges = append(v.edges, &Edge[T]{to, w}) }

func (g *Graph[T]) Dist(from *Vertex[T]) map[*Vertex[T]]int {
	dist := map[*Vertex[T]]int{from: 0}
	for i := 0; i < len(g.vs); i++ {
		for _, v := range g.vs {
			d, ok := dist[v]
			if !ok {
				continue
			}
			for _, e := range v.edges {
				if old, ok := dist[e.to]; !ok || d+e.weight < old {
					dist[e.to] = d + e.weight
				}
			}
		}
	}
	return dist
}

type Even[T any] struct {
	v    T
	next *Odd[T]
}
type Odd[T any] struct {
	v    T
	next *Even[T]
}

func (e *Even[T]) Count() int {
	if e == nil {
		return 0
	}
	return 1 + e.next.Count()
}
func (o *Odd[T]) Count() int {
	if o == nil {
		return 0
	}
	return 1 + o.next.Count()
}

func main() {
	var g Graph[string]
	a, b, c, d := g.Add("a"), g.Add("b"), g.Add("c"), g.Add("d")
	a.Link(b, 4)
	a.Link(c, 1)
	c.Link(b, 2)
	b.Link(d, 5)
	dist := g.Dist(a)
	println(dist[a], dist[b], dist[c], dist[d])
	_, reach := g.Dist(d)[a]
	println(reach, len(a.edges), a.edges[1].to.val)

	e := &Even[int]{0, &Odd[int]{1, &Even[int]{2, &Odd[int]{3, nil}}}}
	println(e.Count(), e.next.Count(), e.next.next.v)
}
