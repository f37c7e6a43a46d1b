package main

func classify(n int) string {
	if n < 0 {
		return "neg"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	}
	return "big"
}

func main() {
	for _, n := range []int{-5, 0, 5, 50} {
		println(classify(n))
	}
	if x := 10; x > 5 {
		println("x", x)
	} else {
		println("no", x)
	}
	if v, ok := map[string]int{"a": 1}["a"]; ok {
		println("found", v)
	}
	x := 1
	if x := 2; x > 1 {
		println("inner", x)
	}
	println("outer", x)
	{
		x := 3
		println("block", x)
	}
	println(x)
}
