package main

func replaced() (got string) {
	defer func() {
		got = "outer got: " + recover().(string)
	}()
	defer func() {
		recover()
		panic("replacement")
	}()
	panic("first")
}

func fromDeferOnly() (got string) {
	defer func() {
		if r := recover(); r != nil {
			got = "caught " + r.(string)
		}
	}()
	defer func() {
		panic("raised by a deferred call")
	}()
	return "normal return"
}

func main() {
	println(replaced())
	println(fromDeferOnly())
	println("done")
}
