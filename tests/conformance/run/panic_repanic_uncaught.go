package main

type Step struct{ name string }

func (s Step) Run(fail bool) {
	if fail {
		panic("step " + s.name + " failed")
	}
	println("step", s.name, "ok")
}

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(string))
		panic("giving up after: " + r.(string))
	}()
	steps := []Step{{"fetch"}, {"parse"}, {"store"}}
	for i, s := range steps {
		s.Run(i == 1)
	}
}
