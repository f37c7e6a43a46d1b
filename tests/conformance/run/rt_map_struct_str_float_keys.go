package main

type Key struct {
	Name  string
	Score float64
	Ok    bool
}

type Person struct {
	First, Last string
	Age         int
}

func main() {
	m := map[Key]int{}
	m[Key{"a", 1.5, true}] = 1
	m[Key{"a", 1.5, false}] = 2
	m[Key{"a", 2.5, true}] = 3
	m[Key{"b", 1.5, true}] = 4
	m[Key{Name: "a", Score: 1.5, Ok: true}] += 100
	println(len(m), m[Key{"a", 1.5, true}], m[Key{"a", 1.5, false}], m[Key{"a", 2.5, true}])

	zero := 0.0
	m[Key{"z", zero, false}] = 5
	m[Key{"z", -zero, false}] = 6
	println(len(m), m[Key{Name: "z"}])
	nan := zero / zero
	m[Key{"n", nan, false}] = 7
	m[Key{"n", nan, false}] = 8
	_, ok := m[Key{"n", nan, false}]
	println(len(m), ok)

	// string field built at run time
	name := ""
	for _, c := range []byte("ab") {
		name += string(c)
	}
	m[Key{name, 1, true}] = 9
	println(m[Key{"ab", 1, true}], m[Key{"a", 1, true}])

	// field boundaries matter: {"ab","c"} != {"a","bc"}
	people := map[Person]int{}
	people[Person{"ab", "c", 1}] = 1
	people[Person{"a", "bc", 1}] = 2
	people[Person{"", "abc", 1}] = 3
	people[Person{"ab", "c", 1}] += 10
	println(len(people), people[Person{"ab", "c", 1}], people[Person{"a", "bc", 1}], people[Person{"", "abc", 1}])
	delete(people, Person{"a", "bc", 1})
	_, ok = people[Person{"a", "bc", 1}]
	println(ok, len(people))

	// anonymous struct keys with strings
	anon := map[struct {
		s string
		f float32
	}]int{}
	anon[struct {
		s string
		f float32
	}{"k", 0.5}] = 42
	println(len(anon), anon[struct {
		s string
		f float32
	}{"k", 0.5}])
}
