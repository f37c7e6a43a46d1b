package main

func Reverse[T ~string](s T) T {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return T(b)
}

func CountByte[T ~string | ~[]byte](s T, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func RuneCount[T ~string](s T) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func Prefix[T ~string](s T, n int) T {
	if n > len(s) {
		return s
	}
	return s[:n]
}

func FirstRune[T ~string](s T) rune {
	for _, r := range s {
		return r
	}
	return -1
}

type Path string

func main() {
	println(Reverse("hello"), Reverse(Path("a/b")))
	println(CountByte("banana", 'a'), CountByte([]byte("banana"), 'n'), CountByte(Path("///"), '/'))
	println(RuneCount("héllo"), RuneCount(Path("日本")), len("日本"))
	println(Prefix("golang", 2), Prefix(Path("/usr"), 10), len(Prefix("abc", 0)))
	println(FirstRune("日本"), FirstRune(""), FirstRune(Path("A")))
}
