package main

// An instance value whose method has a pointer receiver does not implement the interface;
// an instance with the wrong type argument has the wrong method signature.

type Pusher interface{ Push(int) }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	var s Stack[int]
	var p Pusher = s                // ERROR "Stack\[int\] does not implement Pusher \((Push method|method Push) has pointer receiver\)"
	var q Pusher = &Stack[string]{} // ERROR "does not implement Pusher \(wrong type for (Push method|method Push)\)"
	var ok Pusher = &s
	_, _, _ = p, q, ok
}
