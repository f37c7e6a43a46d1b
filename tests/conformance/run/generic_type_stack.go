package main

// Stack[T]: push/pop/peek with several instantiations.

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (v T, ok bool) {
	if len(s.items) > 0 {
		v, ok = s.items[len(s.items)-1], true
	}
	return
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) Empty() bool { return s.Len() == 0 }

func main() {
	var si Stack[int]
	println(si.Empty(), si.Len())
	for i := 1; i <= 5; i++ {
		si.Push(i * i)
	}
	top, ok := si.Peek()
	println(top, ok, si.Len())
	sum := 0
	for !si.Empty() {
		v, _ := si.Pop()
		print(v, " ")
		sum += v
	}
	println()
	println(sum)
	v, ok := si.Pop()
	println(v, ok)

	ss := &Stack[string]{[]string{"a", "bb", "ccc"}}
	w, _ := ss.Pop()
	println(w, ss.Len())
	ss.Push("dddd")
	for ss.Len() > 0 {
		x, _ := ss.Pop()
		print(x, ",")
	}
	println()
	e, ok := ss.Peek()
	println(e == "", ok)

	// balanced brackets with a Stack[rune]
	check := func(s string) bool {
		var st Stack[rune]
		for _, c := range s {
			switch c {
			case '(', '[':
				st.Push(c)
			case ')', ']':
				o, ok := st.Pop()
				if !ok || (c == ')' && o != '(') || (c == ']' && o != '[') {
					return false
				}
			}
		}
		return st.Empty()
	}
	println(check("([()])"), check("(]"), check("(("), check(""))
}
