package main

type Job struct {
	name string
	div  int
	idx  int
}

func run(j Job) (result int, failed string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				failed = e.Error()
			} else {
				failed = r.(string)
			}
		}
	}()
	data := []int{10, 20, 30}
	if j.name == "" {
		panic("job has no name")
	}
	return data[j.idx] / j.div, ""
}

func main() {
	jobs := []Job{
		{"ok", 2, 1},
		{"zero", 0, 0},
		{"range", 1, 3},
		{"", 1, 0},
		{"last", 3, 2},
	}
	okCount := 0
	for _, j := range jobs {
		res, failed := run(j)
		if failed != "" {
			println(j.name, "failed:", failed)
			continue
		}
		okCount++
		println(j.name, "=", res)
	}
	println("succeeded", okCount, "of", len(jobs))
}
