package main

// Binary search tree over an Ordered constraint with recursive methods on *Tree[K, V].

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	key         K
	val         V
	left, right *Tree[K, V]
}

func (t *Tree[K, V]) Insert(k K, v V) *Tree[K, V] {
	if t == nil {
		return &Tree[K, V]{key: k, val: v}
	}
	switch {
	case k < t.key:
		t.left = t.left.Insert(k, v)
	case k > t.key:
		t.right = t.right.Insert(k, v)
	default:
		t.val = v
	}
	return t
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	for t != nil {
		if k == t.key {
			return t.val, true
		} else if k < t.key {
			t = t.left
		} else {
			t = t.right
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.key, t.val)
	t.right.Walk(f)
}

func main() {
	var t *Tree[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t = t.Insert(k, "v")
	}
	t = t.Insert(40, "forty")
	t.Walk(func(k int, v string) { print(k, "=", v, " ") })
	println(t.left.key, t.right.right.key)
	v, ok := t.Get(40)
	println(v, ok)
	v, ok = t.Get(45)
	println(v == "", ok)

	var words *Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "z"} {
		words = words.Insert(w, i)
	}
	words.Walk(func(k string, v int) { print(k, v, " ") })
	println(words.left.left.key, words.right.right.key)

	var empty *Tree[float64, bool]
	_, found := empty.Get(1.5)
	println(empty == nil, found)
}
