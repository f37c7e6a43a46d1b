package main

type Store interface {
	Put(k string, v int)
	Get(k string) (int, bool)
	Len() int
}

type memStore struct {
	keys []string
	vals []int
}

func (m *memStore) Put(k string, v int) {
	for i, kk := range m.keys {
		if kk == k {
			m.vals[i] = v
			return
		}
	}
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
}

func (m *memStore) Get(k string) (int, bool) {
	for i, kk := range m.keys {
		if kk == k {
			return m.vals[i], true
		}
	}
	return 0, false
}

func (m *memStore) Len() int { return len(m.keys) }

func newStore() Store { return &memStore{} }

func fill(s Store, n int) {
	for i := 0; i < n; i++ {
		s.Put(string(rune('a'+i%5)), i)
	}
}

func main() {
	s := newStore()
	fill(s, 12)
	println(s.Len())
	v, ok := s.Get("c")
	println(v, ok)
	v, ok = s.Get("z")
	println(v, ok)
	t := newStore()
	println(s == t, s.Len(), t.Len())
	u := s
	u.Put("z", 99)
	println(s.Len(), s == u)
	ms := s.(*memStore)
	println(len(ms.keys), ms.vals[5])
	var stores [2]Store
	stores[0] = s
	println(stores[0] != nil, stores[1] == nil)
	get := s.Get
	s = t
	v, ok = get("z")
	println(v, ok, s.Len())
}
