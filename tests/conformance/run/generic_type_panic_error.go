package main

import "errors"

// A generic error type; panicking with its value prints its Error() text; errors.Is/As on instances.

type NotFound[K comparable] struct {
	key K
	msg string
}

func (e NotFound[K]) Error() string { return "not found: " + e.msg }

type Store[K comparable, V any] struct {
	m map[K]V
}

func (s *Store[K, V]) Get(k K) (V, error) {
	v, ok := s.m[k]
	if !ok {
		return v, NotFound[K]{k, "lookup"}
	}
	return v, nil
}

func (s *Store[K, V]) MustGet(k K) V {
	v, err := s.Get(k)
	if err != nil {
		panic(err)
	}
	return v
}

var ErrBase = errors.New("base")

func main() {
	s := &Store[int, string]{m: map[int]string{1: "one"}}
	v, err := s.Get(1)
	println(v, err == nil)
	_, err = s.Get(2)
	println(err.Error())

	var nf NotFound[int]
	println(errors.As(err, &nf), nf.key)
	var nfs NotFound[string]
	println(errors.As(err, &nfs))
	println(errors.Is(err, NotFound[int]{2, "lookup"}), errors.Is(err, NotFound[int]{3, "lookup"}))

	_, isNF := err.(NotFound[int])
	println(isNF)

	println(s.MustGet(1))
	s.MustGet(42)
}
