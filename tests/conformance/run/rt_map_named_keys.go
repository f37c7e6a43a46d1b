package main

type Celsius float64
type ID int32
type Name string
type Flag bool
type Point struct{ X, Y ID }
type Grid [2]ID

type Registry map[Name]ID

func (r Registry) Add(n Name) ID {
	if id, ok := r[n]; ok {
		return id
	}
	id := ID(len(r) + 1)
	r[n] = id
	return id
}

func (r Registry) Count() int { return len(r) }

func main() {
	temps := map[Celsius]Name{-40: "cold", 100: "boil"}
	var c Celsius = -40
	println(temps[c], temps[Celsius(100)], temps[0] == "")

	r := Registry{}
	println(r.Add("ann"), r.Add("bob"), r.Add("ann"), r.Count())
	var plain map[Name]ID = r
	plain["cy"] = 9
	println(r.Add("cy"), len(r))
	var back Registry = map[Name]ID(plain)
	println(back.Count())

	flags := map[Flag]int{true: 1, false: 0}
	flags[Flag(1 > 0)] += 10
	println(flags[true], flags[false])

	pts := map[Point]Name{{1, 2}: "a", {2, 1}: "b"}
	pts[Point{X: 1, Y: 2}] += "!"
	println(pts[Point{1, 2}], pts[Point{2, 1}], len(pts))

	grids := map[Grid]int{{7, 8}: 1}
	g := Grid{7}
	g[1] = 8
	grids[g]++
	println(grids[Grid{7, 8}], len(grids))

	ids := map[ID]Name{}
	for i := ID(0); i < 5; i++ {
		ids[i*i] = Name("n")
	}
	sum := ID(0)
	for k := range ids {
		sum += k
	}
	println(len(ids), sum)

	type Local int
	loc := map[Local]string{1: "one"}
	println(loc[Local(1)], loc[1])
}
