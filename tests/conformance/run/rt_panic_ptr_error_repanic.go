package main

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

type Code int

func (c Code) Error() string {
	if c == 404 {
		return "code 404"
	}
	return "code other"
}

func lookup(k string) {
	panic(&NotFound{k})
}

func main() {
	defer func() {
		r := recover()
		nf, ok := r.(*NotFound)
		println("recovered *NotFound:", ok, nf.key)
		panic(Code(404))
	}()
	lookup("user:42")
}
