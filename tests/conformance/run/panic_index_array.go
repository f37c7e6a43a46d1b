package main

func main() {
	var a [4]int
	i := -1
	if len(a) > 0 {
		i = 4
	}
	println(a[i])
}
