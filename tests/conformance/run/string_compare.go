package main

func main() {
	words := []string{"apple", "app", "b", "", "Apple", "apple", "appl\xff", "éa"}
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		println(a < b, a <= b, a > b, a >= b, a == b, a != b)
	}
	x := "hello"
	y := "hel" + "lo"
	println(x == y, &x != &y)
	z := x[:3]
	println(z == "hel", z < x)
	var e1, e2 string
	println(e1 == e2, e1 == "")
}
