package main

import "sort"

type item struct {
	key, id int
	name    string
}

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func gen(n, keys int) []item {
	x := uint32(2463534242)
	out := make([]item, n)
	for i := range out {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		out[i] = item{int(x % uint32(keys)), i, string(rune('a' + i%26))}
	}
	return out
}

func sum(xs []item) int {
	h := 0
	for i, it := range xs {
		h = h*31 + it.id*(i+1) + it.key
		h %= 1000000007
	}
	return h
}

func main() {
	// Unstable sorts: the order of equal keys must be Go's (pdqsort), not just any sorted order.
	for _, n := range []int{5, 12, 13, 50, 200, 1000, 5000} {
		a := gen(n, 7)
		sort.Sort(byKey(a))
		b := gen(n, 7)
		sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		c := gen(n, 7)
		sort.SliceStable(c, func(i, j int) bool { return c[i].key < c[j].key })
		d := gen(n, n)
		sort.Stable(sort.Reverse(byKey(d)))
		println(n, sum(a), sum(b), sum(c), sum(d), sort.IsSorted(byKey(a)), sort.SliceIsSorted(c, func(i, j int) bool { return c[i].key < c[j].key }))
	}
	xs := []int{3, 1, 2, 3, 1}
	sort.Ints(xs)
	println(xs[0], xs[4], sort.SearchInts(xs, 2))
	ss := []string{"b", "a", "c"}
	sort.Strings(ss)
	println(ss[0], ss[2])
	ps := []*item{{key: 2}, {key: 1}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].key < ps[j].key })
	println(ps[0].key)
	arr := [][2]int{{2, 0}, {1, 5}, {2, 1}}
	sort.Slice(arr, func(i, j int) bool { return arr[i][0] < arr[j][0] })
	println(arr[0][1], arr[1][1], arr[2][1])
}
