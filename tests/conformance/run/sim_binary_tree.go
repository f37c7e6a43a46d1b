package main

type Tree struct {
	key         int
	left, right *Tree
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{key: k}
	}
	if k < t.key {
		t.left = insert(t.left, k)
	} else if k > t.key {
		t.right = insert(t.right, k)
	}
	return t
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.left.Height(), t.right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		switch {
		case k < t.key:
			t = t.left
		case k > t.key:
			t = t.right
		default:
			return true
		}
	}
	return false
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.left.Walk(visit)
	visit(t.key)
	t.right.Walk(visit)
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.key + t.left.Sum() + t.right.Sum()
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = insert(root, k)
	}
	root.Walk(func(k int) { print(k, " ") })
	println()
	println(root.Height(), root.Sum(), root.Contains(45), root.Contains(55))
	count := 0
	root.Walk(func(k int) {
		if k%20 == 0 {
			count++
		}
	})
	println(count)
	var empty *Tree
	println(empty.Height(), empty.Sum(), empty.Contains(1))
	println(insert(insert(insert(nil, 1), 2), 3).Height())
}
