package main

// Generic types whose type parameters are constrained by a core type (~[]E, ~map[K][]K):
// indexing, len, append, range, slicing, nil comparison and composite literals of the parameter.

type Seq[S ~[]E, E any] struct{ s S }

func (q Seq[S, E]) First() E { return q.s[0] }
func (q Seq[S, E]) Len() int { return len(q.s) }
func (q *Seq[S, E]) Add(e E) { q.s = append(q.s, e) }
func (q Seq[S, E]) Each(f func(E)) {
	for _, e := range q.s {
		f(e)
	}
}
func (q Seq[S, E]) IsNil() bool { return q.s == nil }
func (q Seq[S, E]) Tail() S     { return q.s[1:] }

type Graph[K comparable, M ~map[K][]K] struct{ adj M }

func (g Graph[K, M]) Degree(k K) int { return len(g.adj[k]) }

func (g *Graph[K, M]) Link(a, b K) {
	if g.adj == nil {
		g.adj = M{}
	}
	g.adj[a] = append(g.adj[a], b)
}

type Ints []int
type Adj map[string][]string

func main() {
	var q Seq[Ints, int]
	println(q.IsNil(), q.Len())
	q.Add(1)
	q.Add(2)
	q.Add(3)
	println(q.First(), q.Len(), len(q.Tail()), q.Tail()[0])
	q.Each(func(i int) { print(i, " ") })
	println()
	var tail Ints = q.Tail()
	println(len(tail), q.IsNil())

	ws := Seq[[]string, string]{[]string{"a"}}
	ws.Add("b")
	println(ws.First(), ws.Len())

	var g Graph[string, Adj]
	g.Link("a", "b")
	g.Link("a", "c")
	g.Link("c", "a")
	println(g.Degree("a"), g.Degree("b"), g.Degree("c"), len(g.adj))
}
