package main

type State struct {
	name  string
	count int
}

func (s *State) String() string {
	return "State(" + s.name + ")"
}

func main() {
	s := &State{name: "broken"}
	defer func() {
		r := recover()
		if st, ok := r.(interface{ String() string }); ok {
			println("recovered stringer:", st.String())
		}
		// a value that is both an error and a Stringer: Error wins
		panic(Both{"text"})
	}()
	panic(s)
}

type Both struct{ v string }

func (b Both) Error() string  { return "error form of " + b.v }
func (b Both) String() string { return "string form of " + b.v }
