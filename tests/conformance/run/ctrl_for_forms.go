package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println(sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		print(i+j, " ")
	}
	println()
	count := 0
	for i := 0; i < 20; i++ {
		if i%3 != 0 {
			continue
		}
		count++
	}
	println(count)
	var i int
	for i = 0; i < 3; i++ {
	}
	println(i)
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		print(i)
	}
	for _, s := range &arr {
		print(s)
	}
	println()
}
