package main

func Join[T ~string](xs []T, sep T) T {
	var out T
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x
	}
	return out
}

func Longest[T any](xs []T, length func(T) int) T {
	var best T
	bl := -1
	for _, x := range xs {
		if l := length(x); l > bl {
			best, bl = x, l
		}
	}
	return best
}

func Max[T ~string | ~int](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Contains[T comparable](xs []T, v T) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func Wrap[T ~string](s, l, r T) T { return l + s + r }

type Path string

func main() {
	println(Join([]string{"a", "b", "c"}, "-"))
	println(Join([]Path{"usr", "local", "bin"}, "/"))
	println(Join([]string{}, ",") == "", Join([]string{"solo"}, ","))
	println(Longest([]string{"go", "wasm", "js"}, func(s string) int { return len(s) }))
	println(Max("abc", "abd"), Max("", "a"), Max(Path("z"), "zz"), Max("B", "a"))
	println(Contains([]string{"x", "yy"}, "yy"), Contains([]string{"x", "yy"}, "y"), Contains([]Path{""}, ""))
	println(Wrap("mid", "[", "]"), Wrap(Path("p"), "/", "/"))
	w := Wrap("日本", "«", "»")
	println(w, len(w))
	s := Join([]string{"x", "y"}, "")
	println(s == "xy", s < "xz", s+"!")
}
