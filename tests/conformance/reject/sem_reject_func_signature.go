package main

type Handler func(string) int

type Op interface{ Apply(int) int }

type Add int

func (a Add) Apply(x int64) int { return int(a) }

func length(s string) int { return len(s) }
func twice(n int) int     { return 2 * n }

func main() {
	var h Handler = length
	h = twice // ERROR "cannot use twice \(value of type func\((n )?int\) int\) as (type Handler|Handler value) in assignment"
	var f func(int) int
	f = length        // ERROR "cannot use length \(value of type func\((s )?string\) int\) as (type func\(int\) int|func\(int\) int value) in assignment"
	var o Op = Add(1) // ERROR "Add does not implement Op \(wrong type for (Apply method|method Apply)\)"
	g := func() {}
	g = func() int { return 1 } // ERROR "cannot use .* \(value of type func\(\) int\) as (type func\(\)|func\(\) value) in assignment"
	_, _, _, _ = h, f, o, g
}
