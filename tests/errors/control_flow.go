package main

func f(n int) int {
	for {
		break
	}
}

func g() {
	continue
	if 1 {
	}
	switch {
	case 1:
	}
}

func h(n int) {
L:
	for i := 0; i < n; i++ {
		break M
	}
}
