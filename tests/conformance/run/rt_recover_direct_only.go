package main

type Guard struct{ name string }

func (g Guard) Recover() {
	if r := recover(); r != nil {
		println(g.name, "method recovered:", r.(string))
	}
}

func helper() bool { return recover() != nil }

func callsHelper() {
	println("helper recovered?", helper())
}

func outer(name string) {
	if r := recover(); r != nil {
		println(name, "outer recovered:", r.(string))
	}
}

func run(name string, f func()) {
	defer outer(name)
	f()
	println(name, "finished normally")
}

func main() {
	// a deferred method value calls recover directly: it works
	run("method", func() {
		g := Guard{"guard"}
		defer g.Recover()
		panic("p1")
	})

	// recover in a function called by the deferred function returns nil
	run("nested call", func() {
		defer callsHelper()
		panic("p2")
	})

	// a deferred closure that calls another closure which recovers: nil
	run("closure in closure", func() {
		defer func() {
			inner := func() any { return recover() }
			println("inner closure got nil:", inner() == nil)
		}()
		panic("p3")
	})

	// a function value held in a variable, deferred directly: works
	run("func variable", func() {
		rec := func() {
			println("func variable recovered:", recover().(string))
		}
		defer rec()
		panic("p4")
	})

	// recover inside a defer registered by the deferred function: nil
	run("defer in defer", func() {
		defer func() {
			defer func() {
				println("nested deferred recover nil:", recover() == nil)
			}()
		}()
		panic("p6")
	})

	// recover when not panicking returns nil, even when deferred
	run("no panic", func() {
		defer func() { println("nil when not panicking:", recover() == nil) }()
	})
	println("main done")
}
