package main

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l IntList) Max() (int, bool) {
	if len(l) == 0 {
		return 0, false
	}
	m := l[0]
	for _, v := range l[1:] {
		if v > m {
			m = v
		}
	}
	return m, true
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l *IntList) Pop() int {
	old := *l
	v := old[len(old)-1]
	*l = old[:len(old)-1]
	return v
}

func (l IntList) Reverse() {
	for i, j := 0, len(l)-1; i < j; i, j = i+1, j-1 {
		l[i], l[j] = l[j], l[i]
	}
}

func (l IntList) Map(f func(int) int) IntList {
	out := make(IntList, len(l))
	for i, v := range l {
		out[i] = f(v)
	}
	return out
}

func main() {
	var l IntList
	_, ok := l.Max()
	println(l.Sum(), ok)
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	m, ok := l.Max()
	println(l.Sum(), m, ok, len(l))
	println(l.Pop(), l.Pop(), len(l))
	l.Reverse()
	for _, v := range l {
		print(v, " ")
	}
	println()
	doubled := l.Map(func(x int) int { return x * 2 })
	println(doubled.Sum(), IntList{4, 5}.Sum(), IntList([]int{9}).Sum())
}
