package main

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }
func (s *Stack) Len() int      { return len(s.items) }

func (s *Stack) Pop() (string, bool) {
	if len(s.items) == 0 {
		return "", false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue struct {
	buf        []int
	head, size int
}

func NewQueue(capacity int) *Queue { return &Queue{buf: make([]int, capacity)} }

func (q *Queue) Enqueue(v int) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return true
}

func (q *Queue) Dequeue() (int, bool) {
	if q.size == 0 {
		return 0, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func balanced(s string) bool {
	var st Stack
	pairs := map[byte]byte{')': '(', ']': '[', '}': '{'}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '[', '{':
			st.Push(string(c))
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top[0] != pairs[c] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, s := range []string{"([]{})", "([)]", "((", "", "{[()()]}x", "}"} {
		println("["+s+"]", balanced(s))
	}
	q := NewQueue(3)
	println(q.Enqueue(1), q.Enqueue(2), q.Enqueue(3), q.Enqueue(4))
	v, _ := q.Dequeue()
	println(v, q.Enqueue(5))
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		print(v, " ")
	}
	println(q.size)
}
