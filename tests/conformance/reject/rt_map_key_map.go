package main

type Inner map[string]int

type Callback func(int) bool

func count(m map[func() int]int) int { // ERROR "invalid map key type func\(\) int"
	return len(m)
}

func main() {
	var a map[map[string]int]bool // ERROR "invalid map key type map\[string\]int"
	b := map[Inner]string{}       // ERROR "invalid map key type Inner"
	c := make(map[Callback]int)   // ERROR "invalid map key type Callback"
	_, _, _ = a, b, c
	println(count(nil))
}
