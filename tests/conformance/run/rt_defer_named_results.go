package main

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func order() (s string) {
	defer func() { s += "-first-deferred" }()
	defer func() { s += "-second-deferred" }()
	s = "assigned"
	return s + "-returned"
}

func shadow() (n int) {
	defer func() { n++ }()
	{
		n := 100
		_ = n
	}
	return n + 10
}

func multi() (a int, b string, err error) {
	defer func() {
		if err == nil {
			a, b = a+len(b)*10, "changed"
		}
	}()
	return 1, "x", nil
}

func countdown(k int) (calls int) {
	defer func() { calls++ }()
	if k == 0 {
		return 0
	}
	return countdown(k - 1)
}

func unnamedResult() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func recoverSets() (result int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered " + r.(string)
			result = -result
		}
	}()
	result = 5
	panic("boom")
}

func deferredPtr() (n int) {
	p := &n
	defer func() { *p = *p * 10 }()
	n = 3
	return n + 1
}

func main() {
	println(double())
	println(order())
	println(shadow())
	a, b, err := multi()
	println(a, b, err == nil)
	println(countdown(4))
	println(unnamedResult())
	println(recoverSets())
	println(deferredPtr())
}
