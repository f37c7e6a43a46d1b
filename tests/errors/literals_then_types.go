package main

var a = 'ab'

func f() int {
	return "x"
}
