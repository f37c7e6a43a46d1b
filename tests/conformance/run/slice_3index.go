package main

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:6]
	println(len(s), cap(s), s[0], s[1])
	s = s[:cap(s)]
	println(len(s), s[3])
	t := arr[:0:0]
	println(len(t), cap(t))
	t = append(t, 100)
	println(arr[0], t[0])
	u := arr[5:5:8]
	u = append(u, 50, 60)
	println(arr[5], arr[6])
	sl := []string{"a", "b", "c", "d"}
	v := sl[1:2:3]
	println(len(v), cap(v), v[0])
	v = append(v, "X")
	println(sl[2])
	v = append(v, "Y")
	println(sl[3], v[2])
	p := &arr
	w := p[1:3:4]
	println(len(w), cap(w))
}
