package main

// LRU-ish cache: map for lookup plus a slice holding recency order.

type LRU[K comparable, V any] struct {
	cap   int
	items map[K]V
	order []K // least recent first
}

func NewLRU[K comparable, V any](cap int) *LRU[K, V] {
	return &LRU[K, V]{cap: cap, items: map[K]V{}}
}

func (c *LRU[K, V]) touch(k K) {
	for i, x := range c.order {
		if x == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	v, ok := c.items[k]
	if ok {
		c.touch(k)
	}
	return v, ok
}

func (c *LRU[K, V]) Put(k K, v V) (evicted K, did bool) {
	if _, ok := c.items[k]; !ok && len(c.items) == c.cap {
		evicted = c.order[0]
		c.order = c.order[1:]
		delete(c.items, evicted)
		did = true
	}
	c.items[k] = v
	c.touch(k)
	return
}

func (c *LRU[K, V]) Keys() []K { return append([]K(nil), c.order...) }

func main() {
	c := NewLRU[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	v, ok := c.Get("a")
	println(v, ok)
	ev, did := c.Put("c", 3)
	println(ev, did)
	_, ok = c.Get("b")
	println(ok)
	ev, did = c.Put("a", 10)
	println(ev == "", did)
	println(c.Keys()[0], c.Keys()[1])
	v, _ = c.Get("a")
	println(v, len(c.items))

	ic := NewLRU[int, []string](3)
	for i := 0; i < 5; i++ {
		e, d := ic.Put(i%4, []string{"x"})
		if d {
			print("evict ", e, "; ")
		}
		if i == 2 {
			ic.Get(0)
		}
	}
	println()
	ks := ic.Keys()
	println(ks[0], ks[1], ks[2])
	vals, ok := ic.Get(1)
	println(vals == nil, ok, len(vals))
}
