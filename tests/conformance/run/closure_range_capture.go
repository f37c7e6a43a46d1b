package main

func main() {
	words := []string{"alpha", "beta", "gamma"}
	var printers []func() string
	for _, w := range words {
		w := w
		printers = append(printers, func() string { return w })
	}
	for _, p := range printers {
		print(p(), " ")
	}
	println()

	var byArg []func() int
	for i, n := range []int{10, 20, 30} {
		byArg = append(byArg, func(a, b int) func() int {
			return func() int { return a * b }
		}(i, n))
	}
	for _, f := range byArg {
		print(f(), " ")
	}
	println()

	sum := 0
	for _, v := range []int{1, 2, 3, 4} {
		func() { sum += v * v }()
	}
	println(sum)

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	total := 0
	var adders []func()
	for k, v := range m {
		k, v := k, v
		adders = append(adders, func() { total += v * len(k) })
	}
	for _, f := range adders {
		f()
	}
	println(total, len(adders))
}
