package main

import "fmt"

type big struct{ a, b, c, d, e int }

func main() {
	// Every appended value is evaluated before append writes any of them.
	s := []byte("1234")
	s = append(s[:len(s)-1], '5', s[len(s)-1])
	fmt.Println(string(s))
	t := make([]int, 3, 10)
	t[0], t[1], t[2] = 1, 2, 3
	u := append(t[:1], t[2], t[1], t[0])
	fmt.Println(u)
	bs := make([]big, 2, 4)
	bs[0], bs[1] = big{1, 1, 1, 1, 1}, big{2, 2, 2, 2, 2}
	bs = append(bs[:1], big{9, 9, 9, 9, 9}, bs[1])
	fmt.Println(bs)
	var strs []string
	for i := 0; i < 3; i++ {
		strs = append(strs, fmt.Sprint(i), fmt.Sprint(len(strs)))
	}
	fmt.Println(strs)
}
