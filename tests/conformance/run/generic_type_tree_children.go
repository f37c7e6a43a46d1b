package main

// Tree with []*Tree[T] children: recursive instantiation through a slice of pointers.

type Tree[T any] struct {
	Val      T
	Children []*Tree[T]
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{Val: v} }

func (t *Tree[T]) Add(children ...*Tree[T]) *Tree[T] {
	t.Children = append(t.Children, children...)
	return t
}

func (t *Tree[T]) Count() int {
	n := 1
	for _, c := range t.Children {
		n += c.Count()
	}
	return n
}

func (t *Tree[T]) Depth() int {
	d := 0
	for _, c := range t.Children {
		if cd := c.Depth(); cd > d {
			d = cd
		}
	}
	return d + 1
}

func (t *Tree[T]) PreOrder(visit func(T, int), level int) {
	visit(t.Val, level)
	for _, c := range t.Children {
		c.PreOrder(visit, level+1)
	}
}

func Fold[T, A any](t *Tree[T], acc A, f func(A, T) A) A {
	acc = f(acc, t.Val)
	for _, c := range t.Children {
		acc = Fold(c, acc, f)
	}
	return acc
}

func main() {
	t := Leaf("root").Add(
		Leaf("a").Add(Leaf("a1"), Leaf("a2").Add(Leaf("a2x"))),
		Leaf("b"),
		Leaf("c").Add(Leaf("c1")),
	)
	println(t.Count(), t.Depth())
	t.PreOrder(func(s string, lvl int) {
		for i := 0; i < lvl; i++ {
			print("  ")
		}
		println(s)
	}, 0)
	totalLen := Fold(t, 0, func(a int, s string) int { return a + len(s) })
	println(totalLen)

	nums := Leaf(1).Add(Leaf(2).Add(Leaf(4), Leaf(5)), Leaf(3))
	println(Fold(nums, 0, func(a, v int) int { return a + v }), nums.Count(), nums.Depth())
	println(Fold(nums, "", func(a string, v int) string { return a + string(rune('0'+v)) }))

	var sum func(*Tree[int]) int
	sum = func(n *Tree[int]) int {
		s := n.Val
		for _, c := range n.Children {
			s += sum(c)
		}
		return s
	}
	nums.Children[0].Children[1].Val = 50
	println(sum(nums), len(nums.Children[1].Children))
}
