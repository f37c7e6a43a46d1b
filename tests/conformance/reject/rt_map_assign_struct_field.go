package main

type Point struct{ X, Y int }

type Line struct{ A, B Point }

func main() {
	m := map[string]Point{"p": {1, 2}}
	m["p"].X = 5 // ERROR "cannot assign to struct field m\[\"p\"\].X in map"
	k := "p"
	m[k].Y++              // ERROR "cannot assign to struct field m\[k\].Y in map"
	m[k].X, m[k].Y = 1, 2 // ERROR "cannot assign to struct field m\[k\].X in map"
	lines := map[int]Line{}
	lines[0].A.X = 1 // ERROR "cannot assign to lines\[0\].A.X \((value of type int|neither addressable nor a map index expression)\)"
	println(m["p"].X + lines[0].B.Y)
}
