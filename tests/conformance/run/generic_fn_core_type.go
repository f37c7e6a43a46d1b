package main

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Insert[S ~[]E, E any](s S, i int, v E) S {
	s = append(s, v)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

type Names []string

func (n Names) Len() int { return len(n) }

func main() {
	even := Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	println(len(even), even[0], even[1], even[2])

	long := Filter(Names{"al", "beth", "cy", "dora"}, func(s string) bool { return len(s) > 2 })
	println(long.Len(), long[0], long[1])

	none := Filter([]int{1, 3}, func(n int) bool { return false })
	println(none == nil, len(none))

	r := []int{1, 2, 3, 4, 5}
	Reverse(r)
	println(r[0], r[1], r[2], r[3], r[4])
	n := Names{"x", "y"}
	Reverse(n)
	println(n[0], n[1])

	c := Clone(r)
	c[0] = 99
	println(r[0], c[0], len(c))
	var nilS []int
	println(Clone(nilS) == nil, Clone([]int{}) == nil)

	ins := Insert([]int{1, 2, 4}, 2, 3)
	println(len(ins), ins[0], ins[1], ins[2], ins[3])
	ins = Insert(ins, 0, 0)
	println(ins[0], ins[4])
	nn := Insert(Names{"b"}, 0, "a")
	println(nn.Len(), nn[0], nn[1])
}
