package main

func main() {
	s := "aé世🎉"
	for i, r := range s {
		println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c\xc0\x80"
	for i, r := range bad {
		println(i, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	println(n)
	for i := range "xyz" {
		print(i)
	}
	println()
	var empty string
	for i, r := range empty {
		println("never", i, r)
	}
	println(len(bad), string(rune(0xFFFD)) == "\uFFFD")
}
