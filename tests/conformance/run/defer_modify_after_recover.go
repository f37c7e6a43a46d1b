package main

type Result struct {
	value int
	notes []string
}

func compute(xs []int, k int) (res Result, err error) {
	defer func() {
		res.notes = append(res.notes, "finalized")
	}()
	defer func() {
		if r := recover(); r != nil {
			res.value = -1
			res.notes = append(res.notes, "recovered")
			err = r.(error)
		}
	}()
	for i, x := range xs {
		res.value += x / (k - i)
		res.notes = append(res.notes, "step")
	}
	return res, nil
}

func show(r Result, err error) {
	print(r.value, " [")
	for _, n := range r.notes {
		print(" ", n)
	}
	print(" ] ")
	if err != nil {
		println(err.Error())
	} else {
		println("no error")
	}
}

func main() {
	show(compute([]int{10, 20, 30}, 5))
	show(compute([]int{10, 20, 30}, 2))
	show(compute(nil, 0))
}
