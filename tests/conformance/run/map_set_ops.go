package main

type Set map[int]bool

func of(xs ...int) Set {
	s := Set{}
	for _, x := range xs {
		s[x] = true
	}
	return s
}

func (s Set) Union(t Set) Set {
	r := Set{}
	for k := range s {
		r[k] = true
	}
	for k := range t {
		r[k] = true
	}
	return r
}

func (s Set) Intersect(t Set) Set {
	r := Set{}
	for k := range s {
		if t[k] {
			r[k] = true
		}
	}
	return r
}

func (s Set) Sorted() []int {
	var out []int
	for k := range s {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (s Set) Add(x int) { s[x] = true }

func show(label string, s Set) {
	print(label, ":")
	for _, v := range s.Sorted() {
		print(" ", v)
	}
	println()
}

func main() {
	a := of(1, 3, 5, 7, 9)
	b := of(3, 4, 5, 6)
	show("a", a)
	show("union", a.Union(b))
	show("inter", a.Intersect(b))
	a.Add(4)
	show("inter after add", a.Intersect(b))
	var empty Set
	println(len(empty), empty[3], len(empty.Intersect(a)))
}
