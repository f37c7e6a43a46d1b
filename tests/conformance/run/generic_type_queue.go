package main

// Queue[T]: FIFO over a slice with a head index and compaction.

type Queue[T any] struct {
	buf  []T
	head int
}

func NewQueue[T any](xs ...T) *Queue[T] {
	q := &Queue[T]{}
	for _, x := range xs {
		q.Enqueue(x)
	}
	return q
}

func (q *Queue[T]) Enqueue(v T) { q.buf = append(q.buf, v) }

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.head >= len(q.buf) {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head++
	if q.head > 4 && q.head*2 > len(q.buf) {
		n := copy(q.buf, q.buf[q.head:])
		q.buf = q.buf[:n]
		q.head = 0
	}
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.buf) - q.head }

type job struct {
	id   int
	name string
}

func main() {
	q := NewQueue(1, 2, 3)
	println(q.Len())
	for i := 4; i <= 20; i++ {
		q.Enqueue(i)
		if i%3 == 0 {
			v, _ := q.Dequeue()
			print(v, " ")
		}
	}
	println()
	println(q.Len(), q.head)
	total := 0
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		total += v
	}
	println(total)
	_, ok := q.Dequeue()
	println(ok)

	jq := NewQueue[job]()
	jq.Enqueue(job{1, "build"})
	jq.Enqueue(job{2, "test"})
	j, ok := jq.Dequeue()
	println(j.id, j.name, ok)
	jq.Enqueue(job{3, "ship"})
	for jq.Len() > 0 {
		j, _ := jq.Dequeue()
		print(j.name, ";")
	}
	println()
	z, ok := jq.Dequeue()
	println(z.id, z.name == "", ok)
}
