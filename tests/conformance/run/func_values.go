package main

type BinOp func(int, int) int

type Calc struct {
	ops map[string]BinOp
	log []string
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func (c *Calc) Do(name string, a, b int) int {
	c.log = append(c.log, name)
	return c.ops[name](a, b)
}

func main() {
	c := &Calc{ops: map[string]BinOp{"add": add, "sub": sub}}
	c.ops["mul"] = func(a, b int) int { return a * b }
	println(c.Do("add", 3, 4), c.Do("sub", 3, 4), c.Do("mul", 3, 4))
	println(len(c.log), c.log[2])
	table := [3]func(int) int{
		func(x int) int { return x },
		func(x int) int { return x * x },
		func(x int) int { return x * x * x },
	}
	for i := 0; i < 3; i++ {
		print(table[i](3), " ")
	}
	println()
	type S struct{ F func() string }
	s := S{F: func() string { return "field func" }}
	println(s.F())
	var op BinOp = add
	op2 := op
	println(op2(1, 1), op != nil)
}
