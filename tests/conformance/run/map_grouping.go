package main

type Person struct {
	name string
	age  int
	city string
}

func sortInts(xs []int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func main() {
	people := []Person{
		{"ann", 31, "oslo"}, {"bob", 25, "rome"}, {"cid", 37, "oslo"},
		{"dee", 22, "lima"}, {"eve", 35, "rome"}, {"fay", 29, "oslo"},
	}
	byCity := map[string][]Person{}
	for _, p := range people {
		byCity[p.city] = append(byCity[p.city], p)
	}
	for _, city := range []string{"lima", "oslo", "rome", "nyc"} {
		group := byCity[city]
		total := 0
		names := ""
		for _, p := range group {
			total += p.age
			names += p.name + " "
		}
		println(city, len(group), total, names)
	}
	byDecade := map[int]int{}
	for _, p := range people {
		byDecade[p.age/10*10]++
	}
	var decades []int
	for d := range byDecade {
		decades = append(decades, d)
	}
	sortInts(decades)
	for _, d := range decades {
		println(d, byDecade[d])
	}
}
