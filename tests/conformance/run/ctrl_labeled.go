package main

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	n := 0
loop:
	for {
		n++
		switch {
		case n%2 == 0:
			continue loop
		case n > 7:
			break loop
		}
		print(n, " ")
	}
	println()
	found := -1
search:
	for i := 0; i < 10; i++ {
		switch i {
		case 6:
			found = i
			break search
		}
	}
	println(found)
}
