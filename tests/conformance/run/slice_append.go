package main

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			println(len(s), cap(s))
			prev = cap(s)
		}
	}
	b := []byte{}
	for i := 0; i < 100; i++ {
		b = append(b, byte(i))
	}
	println(len(b), cap(b))
	t := append([]int(nil), 1, 2, 3)
	println(len(t), cap(t))
	t = append(t, t...)
	println(len(t), cap(t), t[5])
	u := append(t[:2], 9)
	println(t[2], u[2])
	strs := append([]string{}, "a", "b", "c", "d", "e")
	println(len(strs), cap(strs))
}
