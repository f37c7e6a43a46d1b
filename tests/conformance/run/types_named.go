package main

type ID int
type IDs []ID
type Lookup map[string]ID
type Fn func(ID) ID
type Pt struct{ X int }
type PtAlias = Pt
type Grid [2][2]ID

func main() {
	var id ID = 5
	ids := IDs{1, 2, id}
	println(len(ids), ids[2]+1)
	l := Lookup{"a": 1}
	l["b"] = id
	println(l["b"])
	var f Fn = func(x ID) ID { return x * 2 }
	println(f(id))
	var p PtAlias = Pt{3}
	var q Pt = p
	println(q.X, p == q)
	var g Grid
	g[1][0] = 9
	println(g[1][0])
	type Inner struct{ V []int }
	in := Inner{V: []int{1}}
	println(len(in.V))
	var b byte = 10
	var u uint8 = b
	var r rune = 'x'
	var i32 int32 = r
	println(u, i32)
}
