package main

type Runner interface{ Run() int }

type R struct{ n int }

func (r R) Run() int { return r.n }

func pick(i int) Runner {
	if i == 1 {
		return R{7}
	}
	return nil
}

func main() {
	defer println("deferred runs")
	r := pick(1)
	println(r.Run())
	r = pick(0)
	println(r == nil)
	println(r.Run())
	println("not reached")
}
