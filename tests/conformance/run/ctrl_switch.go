package main

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			print("zero ")
		case 1, 2:
			print("small ")
			fallthrough
		case 3:
			print("three-ish ")
		case 4:
			print("four ")
			break
		default:
			print("other ")
		}
		println()
	}
	println(grade(95), grade(85), grade(10))
	switch x := 5; {
	case x > 3:
		println("x>3")
	}
	switch s := "go"; s + "!" {
	case "go!":
		println("matched")
	}
	switch {
	}
	var calls int
	f := func(v int) int { calls++; return v }
	switch 2 {
	case f(1), f(2), f(3):
		println("calls", calls)
	}
	switch y := 1; y {
	default:
		println("default first")
	case 2:
	}
}
